namespace ArchiveSite.Core.Versions;

/// <summary>
/// What an offline check of a version store found (<see cref="VersionStore.Verify"/>): every line
/// read and checked, the texts and records it holds, and every damaged line with its number and
/// record.
/// </summary>
/// <param name="LogPath">The log checked (<c>versions.jsonl</c>).</param>
/// <param name="Bytes">Its size.</param>
/// <param name="Lines">Its lines, an incomplete last one included.</param>
/// <param name="Records">How many records it holds texts of.</param>
/// <param name="Texts">How many texts (versions) it holds, over all records, damaged ones included.</param>
/// <param name="Withdrawn">How many records it marks withdrawn (they left the corpus and have not returned).</param>
/// <param name="Damaged">Every damaged line, in line order, each saying whether a good copy of its text is kept.</param>
/// <param name="IncompleteLastLine">True when the last line has no end (a stop while writing it); the next start that writes closes it.</param>
/// <param name="Index">What the saved offsets (<c>versions.index</c>) were found to be.</param>
public sealed record VersionStoreReport(
    string LogPath, long Bytes, int Lines, int Records, int Texts, int Withdrawn, IReadOnlyList<DamagedLine> Damaged, bool IncompleteLastLine, string Index)
{
    /// <summary>The damaged lines whose text has no good copy: what a restore from a backup would recover. A line a stop left incomplete is not among them (it never served a text).</summary>
    public IReadOnlyList<DamagedLine> Unrepaired => Damaged.Where(d => d.RepairedAt is null && !d.Unfinished).ToArray();

    /// <summary>True when every text the log was given is readable from it.</summary>
    public bool IsSound => Unrepaired.Count == 0;
}
