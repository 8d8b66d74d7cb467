
namespace ArchiveSite.Core.Search.Querying;

/// <summary>How results are ordered.</summary>
public enum SearchSort
{
    /// <summary>Best match first (the default for a keyword search).</summary>
    Relevance,

    /// <summary>Oldest first; undated records last.</summary>
    Date,

    /// <summary>Newest first; undated records last.</summary>
    DateDescending,

    /// <summary>Archival order of the first reference (archive, fond, opis, delo, papka, listy); records without references last.</summary>
    Archival,
}
