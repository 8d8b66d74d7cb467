using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Reading;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Web.Endpoints;

/// <summary>A record's date in the API: as written, as ISO 8601 at its precision, and the days it covers.</summary>
/// <param name="Text">As the record writes it.</param>
/// <param name="Iso">ISO 8601 at the record's own precision (<c>1950-11</c>), an interval for a range.</param>
/// <param name="Precision">day, month or year.</param>
/// <param name="Start">The first day covered.</param>
/// <param name="End">The last day covered.</param>
public sealed record ApiDate(string Text, string Iso, string Precision, DateOnly Start, DateOnly End)
{
    internal static ApiDate? Of(ArchiveDate? date) =>
        date is null ? null : new(date.Text, date.Iso, date.Precision.ToString().ToLowerInvariant(), date.Start, date.End);
}

/// <summary>A record in a list: what a result list shows, and where to read it whole.</summary>
/// <param name="Id">The permalink id.</param>
/// <param name="Title">The title.</param>
/// <param name="Date">The date; null when undated.</param>
/// <param name="Summary">The summary, plain text.</param>
/// <param name="Permalink">The document's page.</param>
/// <param name="Api">The document's full record in the API.</param>
public sealed record ApiDocumentSummary(string Id, string Title, ApiDate? Date, string Summary, string Permalink, string Api);

/// <summary>One archival reference: as written, the archive, and each level.</summary>
/// <param name="Text">As written: <c>APRF, Fond 45, Opis 1, Delo 347, Listy 90-91</c>.</param>
/// <param name="Archive">The archive: <c>APRF</c>.</param>
/// <param name="Levels">Fond, opis, delo, papka, listy, in order.</param>
public sealed record ApiReference(string Text, string Archive, IReadOnlyList<ApiLevel> Levels);

/// <summary>One level of an archival reference.</summary>
/// <param name="Kind">fond, opis, delo, papka or listy.</param>
/// <param name="Label">As written: <c>Fond</c>, <c>f.</c>.</param>
/// <param name="Value">The number: <c>45</c>, <c>90-91</c>.</param>
public sealed record ApiLevel(string Kind, string Label, string Value);

/// <summary>The citation as the record gives it, with its parts.</summary>
/// <param name="Text">As written.</param>
/// <param name="Title">The quoted title.</param>
/// <param name="Publisher">Who publishes the digital copy.</param>
/// <param name="References">The archival references.</param>
/// <param name="SourceUrl">The digital copy's own URL.</param>
public sealed record ApiCitation(string Text, string? Title, string? Publisher, IReadOnlyList<ApiReference> References, string SourceUrl);

/// <summary>One text a record has had.</summary>
/// <param name="Version">The content hash.</param>
/// <param name="FirstSeen">When the site first served it.</param>
/// <param name="Permalink">Its versioned permalink.</param>
public sealed record ApiVersion(string Version, DateTimeOffset FirstSeen, string Permalink);

/// <summary>A whole record, as the archive serves it.</summary>
/// <param name="Id">The permalink id.</param>
/// <param name="Version">The current text's version.</param>
/// <param name="Title">The title.</param>
/// <param name="Date">The date; null when undated.</param>
/// <param name="Citation">The citation and its parts.</param>
/// <param name="Summary">The summary.</param>
/// <param name="OriginalLanguage">The original's language.</param>
/// <param name="ContentsLabel">What the body is: <c>Translation - English</c>.</param>
/// <param name="Format">plaintext or markdown.</param>
/// <param name="Body">The body exactly as the record has it.</param>
/// <param name="Permalink">The document's page.</param>
/// <param name="VersionedPermalink">The page of this exact text.</param>
/// <param name="Versions">Every text the record has had, oldest first.</param>
public sealed record ApiDocument(
    string Id, string Version, string Title, ApiDate? Date, ApiCitation Citation, string Summary, string OriginalLanguage,
    string ContentsLabel, string Format, string Body, string Permalink, string VersionedPermalink, IReadOnlyList<ApiVersion> Versions)
{
    /// <summary>For a document asked for as of a moment (<c>as-of</c>): that moment, as the request gave it; the text is the one it had then. Absent otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? AsOf { get; init; }

    internal static ApiDocument Of(ArchiveDocument d, string version, IEnumerable<ApiVersion> versions, string baseUrl)
    {
        var permalink = SiteIdentity.Permalink(baseUrl, d.Id);
        return new(d.Id, version, d.Title, ApiDate.Of(d.Date),
            new ApiCitation(d.Citation.Text, d.Citation.QuotedTitle, d.Citation.Publisher,
                d.Citation.References.Select(r => new ApiReference(r.Text, r.Archive, r.Levels.Select(l => new ApiLevel(l.Kind.ToString().ToLowerInvariant(), l.Label, l.Value)).ToArray())).ToArray(),
                d.Citation.SourceUrl),
            d.Summary, d.OriginalLanguage, d.ContentsLabel, d.Format.ToString().ToLowerInvariant(), d.Body, permalink, $"{permalink}/v/{version}", versions.ToArray());
    }
}

/// <summary>A page of the archive's records.</summary>
/// <param name="Total">Records in all.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageSize">Records per page.</param>
/// <param name="Documents">This page's records.</param>
/// <param name="Next">The next page's URL; null on the last.</param>
public sealed record ApiDocumentList(int Total, int Page, int PageSize, IReadOnlyList<ApiDocumentSummary> Documents, string? Next);

/// <summary>One search result.</summary>
/// <param name="Id">The permalink id.</param>
/// <param name="Title">The title.</param>
/// <param name="Date">The date as written (or <c>undated</c>).</param>
/// <param name="DateIso">The ISO date; null when undated.</param>
/// <param name="Summary">The summary.</param>
/// <param name="Snippet">The passage with the most matches.</param>
/// <param name="Matches">The matched words, as written, in the title, summary and snippet.</param>
/// <param name="Permalink">The document's page.</param>
/// <param name="Api">The full record in the API.</param>
public sealed record ApiHit(string Id, string Title, string Date, string? DateIso, string Summary, string Snippet, IReadOnlyList<string> Matches, string Permalink, string Api)
{
    /// <summary>In a search pinned to a moment (<c>as-of</c>): the permalink of the text the document had then. Absent otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? VersionedPermalink { get; init; }

    internal static ApiHit Of(SearchHit hit, string baseUrl)
    {
        static string Plain(IEnumerable<TextSegment> segments) => string.Concat(segments.Select(s => s.Text));
        var matches = hit.Title.Concat(hit.Summary).Concat(hit.Snippet).Where(s => s.IsMatch).Select(s => s.Text).Distinct(StringComparer.Ordinal).ToArray();
        return new(hit.Id, Plain(hit.Title), hit.DateText, hit.DateIso, Plain(hit.Summary), Plain(hit.Snippet), matches,
            SiteIdentity.Permalink(baseUrl, hit.Id), $"{baseUrl}/api/documents/{Uri.EscapeDataString(hit.Id)}");
    }
}

/// <summary>A facet's values over all matching records.</summary>
/// <param name="Key">The URL key (<c>f.{key}=value</c>).</param>
/// <param name="Label">Its heading.</param>
/// <param name="Values">Each value with its count.</param>
public sealed record ApiFacet(string Key, string Label, IReadOnlyList<ApiFacetValue> Values);

/// <summary>A facet value and how many matching records have it.</summary>
/// <param name="Value">As put in the URL.</param>
/// <param name="Display">As shown.</param>
/// <param name="Count">Matching records.</param>
public sealed record ApiFacetValue(string Value, string Display, int Count);

/// <summary>A search's answer: the same as the search page's.</summary>
/// <param name="Total">Matching records in all.</param>
/// <param name="Page">This page, from 1.</param>
/// <param name="PageSize">Results per page.</param>
/// <param name="Hits">This page's results.</param>
/// <param name="Notices">How the query was read.</param>
/// <param name="Facets">Counts over all matching records.</param>
/// <param name="Next">The next page's URL; null on the last.</param>
public sealed record ApiSearchResults(int Total, int Page, int PageSize, IReadOnlyList<ApiHit> Hits, IReadOnlyList<string> Notices, IReadOnlyList<ApiFacet> Facets, string? Next)
{
    /// <summary>The moment a pinned search (<c>as-of</c>) answered for, as the request gave it; absent for a search of the archive now.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? AsOf { get; init; }
}
