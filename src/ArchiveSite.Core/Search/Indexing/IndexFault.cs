namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Damage found in the files the site serves: which file (and, for a Lucene file, which segment),
/// and what is wrong with it, in words an operator can act on. Every message about damage names
/// the file, so that the operator knows what to look at (a failing disk, a bad copy, a restore).
/// </summary>
/// <param name="File">The damaged file's name inside the index folder (segments_3, _1_Lucene41_0.tim, manifest.bin…).</param>
/// <param name="Segment">The Lucene segment the file belongs to (_1), or null for a file of no segment.</param>
/// <param name="Problem">What is wrong: "checksum failed …", "missing", "read past EOF …".</param>
public sealed record IndexFault(string File, string? Segment, string Problem)
{
    /// <summary>The fault in a sentence's worth: "_1_Lucene41_0.tim (segment _1): checksum failed …".</summary>
    public override string ToString() => Segment is null ? $"{File}: {Problem}" : $"{File} (segment {Segment}): {Problem}";
}
