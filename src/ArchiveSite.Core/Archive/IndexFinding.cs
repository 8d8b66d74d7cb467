using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Archive;

/// <summary>One file checked: its name, its segment, what it is, and the detail.</summary>
/// <param name="File">The file's name inside the index folder.</param>
/// <param name="Segment">The Lucene segment it belongs to, if any.</param>
/// <param name="Kind">Whole, damaged, or something that is no damage.</param>
/// <param name="Detail">What was found, in words.</param>
public sealed record IndexFinding(string File, string? Segment, FindingKind Kind, string Detail)
{
    /// <summary>The fault this finding reports (for a damaged file).</summary>
    public IndexFault Fault => new(File, Segment, Detail);
}
