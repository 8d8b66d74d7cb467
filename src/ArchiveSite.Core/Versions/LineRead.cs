namespace ArchiveSite.Core.Versions;

/// <summary>What a line of the log is.</summary>
internal enum LineKind
{
    /// <summary>One text of a record: its head, then the record whole.</summary>
    Text,

    /// <summary>A record left the corpus: the site stopped serving it at <see cref="LineRead.At"/>.</summary>
    Withdrawn,

    /// <summary>A withdrawn record is served again, from <see cref="LineRead.At"/>.</summary>
    Returned,

    /// <summary>A line that does not hold what it should (see <see cref="LineRead.Damage"/>).</summary>
    Damaged,
}

/// <summary>
/// What reading one line found: for a text, its id, version and first sighting (<see cref="At"/>),
/// without the record; for a withdrawal or a return, the id, the time and (withdrawal) the archives
/// the record was filed under; for a damaged line, why, and the id and version its head names when
/// they can be read at all.
/// </summary>
/// <param name="Kind">What the line is.</param>
/// <param name="Id">The record it names; for a damaged line, null unless its head reads.</param>
/// <param name="Version">A text's version; null for a withdrawal or return, and for a damaged line whose head does not name one.</param>
/// <param name="At">A text's first sighting, or when the record was withdrawn or returned.</param>
/// <param name="Archives">A withdrawal's archives (the record's sets); empty otherwise.</param>
/// <param name="Damage">Why a damaged line is damaged; null otherwise.</param>
/// <param name="HasChecksum">True for a line with a checksum, which matched; false for a line of the first format, which has none.</param>
internal sealed record LineRead(LineKind Kind, string? Id, string? Version, DateTimeOffset At, IReadOnlyList<string> Archives, string? Damage, bool HasChecksum = false)
{
    /// <summary>A damaged line, naming what its head names (the id and version may be null, the first sighting default).</summary>
    public static LineRead Damaged(string reason, string? id, string? version, DateTimeOffset at = default) => new(LineKind.Damaged, id, version, at, [], reason);
}
