using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>Everything the permalink page of a served document shows, from one snapshot.</summary>
/// <param name="Document">The document.</param>
/// <param name="BodyHtml">The body as HTML, with paragraph links, and the query's matches marked when there is one.</param>
/// <param name="MatchCount">How many matches of the query the text has; null when there is no query.</param>
/// <param name="QueryError">Why the query could not be read, for the researcher.</param>
/// <param name="Permalink">The absolute permalink researchers cite.</param>
/// <param name="Version">The current text's version.</param>
/// <param name="VersionedPermalink">The address that always shows exactly this text.</param>
/// <param name="Citations">Chicago, MLA and APA, naming the versioned permalink and today as the day of access.</param>
/// <param name="MetaTags">Highwire and Dublin Core meta tags for reference managers.</param>
/// <param name="JsonLd">schema.org JSON-LD, safe inside a script element.</param>
/// <param name="Related">Records most like this one, best first.</param>
/// <param name="Replies">The record this one answers and the records answering it.</param>
/// <param name="Files">The other records of each file (delo) this one is filed in, in archival order.</param>
public sealed record DocumentPage(
    ArchiveDocument Document,
    string BodyHtml,
    int? MatchCount,
    string? QueryError,
    string Permalink,
    string Version,
    string VersionedPermalink,
    IReadOnlyList<FormattedCitation> Citations,
    IReadOnlyList<KeyValuePair<string, string>> MetaTags,
    string JsonLd,
    IReadOnlyList<DocumentCard> Related,
    DocumentReplies Replies,
    IReadOnlyList<ArchivalFile> Files)
{
    /// <summary>Each collection the record belongs to (its FRUS volume, its fonds), with the records before and after it there.</summary>
    public IReadOnlyList<CollectionPlace> Collections { get; init; } = [];

    /// <summary>Where the document stands in the result list it was opened from; null when it was not opened from one.</summary>
    public ResultStep? Step { get; init; }
    /// <summary>The abbreviations and terms of the record's volume its text uses, with their meaning there, in order of first use; empty without a list.</summary>
    public IReadOnlyList<Names.Lists.ListedTerm> Terms { get; init; } = [];

    /// <summary>The people of the record with pages: its correspondents as the title names them, then the people it mentions.</summary>
    public IReadOnlyList<DocumentPerson> People { get; init; } = [];

    /// <summary>The title cut where it names a correspondent with a page (<see cref="TitlePart.Split"/>); one plain part when it names none.</summary>
    public IReadOnlyList<TitlePart> TitleParts { get; init; } = [];
}
