namespace ArchiveSite.Core.Collections;

/// <summary>What kind of collection a record's citation names.</summary>
public enum CollectionKind
{
    /// <summary>A published volume (a FRUS volume), ordered by document number.</summary>
    Volume,

    /// <summary>An archive's fond, ordered as the shelves are (<see cref="Citations.ArchivalOrder"/>).</summary>
    Fond,
}
