namespace ArchiveSite.Core.Search.Indexing;

/// <summary>The index cannot be served because of <see cref="Fault"/>: thrown where damage is found before Lucene itself meets it.</summary>
public sealed class IndexDamagedException(IndexFault fault) : IOException($"The index is damaged: {fault}")
{
    /// <summary>The damaged file and what is wrong with it.</summary>
    public IndexFault Fault { get; } = fault;
}
