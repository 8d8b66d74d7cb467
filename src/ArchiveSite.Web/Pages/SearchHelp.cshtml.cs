using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Querying;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// Search help: <c>/search/help</c>. Every example is a link to the search it describes, and the
/// error messages shown are the searcher's own answers to the mistakes listed here.
/// </summary>
public sealed class SearchHelpModel(ArchiveSnapshot archive) : PageModel
{
    /// <summary>Several words.</summary>
    public static IReadOnlyList<SearchExample> Words { get; } =
    [
        new("pilots training", "Both telegrams: each has both words (and “pilot”, “trained” count too)."),
        new("Manchuria pilots", "Only Stalin’s telegram of 20 November: the other never mentions Manchuria."),
    ];

    /// <summary>Phrases.</summary>
    public static IReadOnlyList<SearchExample> Phrases { get; } =
    [
        new("\"jet fighter regiments\"", "Stalin’s telegram of 20 November, which has the three words together in that order."),
        new("\"flight training\"", "Both telegrams."),
    ];

    /// <summary>AND, OR, NOT and parentheses.</summary>
    public static IReadOnlyList<SearchExample> Operators { get; } =
    [
        new("pilots AND Gromyko", "Only the telegram to Gromyko of 17 November."),
        new("Manchuria OR Gromyko", "Both telegrams: one mentions Manchuria, the other Gromyko."),
        new("pilots NOT Manchuria", "Only the telegram of 17 November: the other mentions Manchuria."),
        new("NOT Manchuria", "NOT alone excludes from the whole archive: every document that does not mention Manchuria (of the two telegrams, the one of 17 November)."),
        new("(pilots AND MIG-15) OR Gromyko", "Both: Stalin’s telegram for the first group, the telegram to Gromyko for the second."),
    ];

    /// <summary>Field prefixes.</summary>
    public static IReadOnlyList<SearchExample> Fields { get; } =
    [
        new("title:Gromyko", "title: searches titles only: the telegram to Gromyko."),
        new("summary:students", "summary: searches summaries only: the telegram of 17 November, whose summary mentions Korean students."),
        new("body:Yantszy", "body: (or text:) searches the text of the document: Stalin’s telegram, which names the flight school in Yantszy."),
        new("text:Manchuria", "text: is the same as body:: Stalin’s telegram."),
        new("citation:\"Public Policy\"", "citation: searches the citation: the telegram of 17 November, cited from the History and Public Policy Program Digital Archive."),
        new("ref:059a", "ref: (or archive:) searches archival references only: both telegrams are filed in AVPRF, Fond 059a."),
        new("archive:AVPRF", "The same field under its other name: both telegrams."),
        new("language:russian", "language: is the original language: both telegrams were written in Russian."),
        new("id:112079", "id: is the number in a document’s permanent address: the telegram of 17 November."),
        new("person:molotov", "person: takes a person’s identifier from the archive’s list of names: the telegram of 17 November, copied to Molotov."),
        new("date:1950-11-20", "date: searches by date (see Dates below): Stalin’s telegram of 20 November."),
        new("collection:avprf-fond-059a", "collection: takes a collection’s id from its page’s address (Collections): both telegrams, which are filed in AVPRF, Fond 059a."),
    ];

    /// <summary>Wildcards and fuzzy words.</summary>
    public static IReadOnlyList<SearchExample> Wildcards { get; } =
    [
        new("pilot*", "Both: any word starting with “pilot”."),
        new("Manchur*", "Stalin’s telegram (Manchuria)."),
        new("Shtyk?v", "Both: ? stands for exactly one letter (Shtykov)."),
        new("pilot~", "Both: words spelled like “pilot” give or take a letter or two."),
        new("Manchuira~", "Stalin’s telegram, despite the misspelling."),
    ];

    /// <summary>Archival references.</summary>
    public static IReadOnlyList<SearchExample> References { get; } =
    [
        new("Fond 45", "Both telegrams, filed in APRF, Fond 45."),
        new("f. 45", "The same: f. is read as Fond."),
        new("Delo 347", "Both telegrams (Delo 347; d. 347 works too)."),
        new("Listy 165-166", "Only Stalin’s telegram, on sheets 165–166 of its AVPRF file."),
    ];

    /// <summary>Names in any spelling.</summary>
    public static IReadOnlyList<SearchExample> Names { get; } =
    [
        new("Kim Il Sung", "Both telegrams, although one writes the name “Kim II Sung”."),
        new("Kim II Sung", "The same two: the misreading is known to be the same person."),
        new("Ким Ир Сен", "The same two, from the name in Cyrillic."),
        new("Fyn Si", "Both telegrams: Fyn Si was one of Stalin’s pseudonyms, and both mention Stalin. The results list how the documents write the name: “Stalin” in both, “FYN SI” in one."),
        new("Molotov", "The telegram of 17 November, copied to Molotov."),
    ];

    /// <summary>Dates in the query.</summary>
    public static IReadOnlyList<SearchExample> Dates { get; } =
    [
        new("date:1950-11", "Both telegrams: any document dated in November 1950."),
        new("date:\"November 20, 1950\"", "Stalin’s telegram: a date with spaces or a comma goes in quotation marks."),
        new("date:[1950-11-01 TO 1950-11-19]", "The telegram of 17 November: a range, both ends included."),
        new("pilots date:1950-11-17", "Words and a date together: the telegram of 17 November."),
    ];

    /// <summary>The from and to fields.</summary>
    public static IReadOnlyList<SearchExample> DateFields { get; } =
    [
        new("pilots", "Stalin’s telegram of 20 November, the only one dated on or after 18 November.", From: "1950-11-18"),
        new("pilots", "The telegram of 17 November.", From: "17.11.1950", To: "17.11.1950"),
        new("pilots", "Both telegrams: the whole month.", From: "November 1950", To: "November 1950"),
        new("pilots", "Stalin’s telegram.", From: "20 November 1950"),
        new("pilots", "Both telegrams: the whole year.", From: "1950", To: "1950"),
    ];

    /// <summary>Orderings.</summary>
    public static IReadOnlyList<SearchExample> Sorting { get; } =
    [
        new("pilots", "Best match first (the default when there are words).", Sort: "relevance"),
        new("pilots", "Oldest first: 17 November, then 20 November; undated documents last.", Sort: "date"),
        new("pilots", "Newest first: 20 November, then 17 November; undated documents still last.", Sort: "date-desc"),
        new("pilots", "In archival order of the first reference: APRF, Fond 45, Opis 1, Delo 347, Listy 88-89 (17 November) before Listy 90-91 (20 November); documents without references last.", Sort: "archival"),
    ];

    /// <summary>Searches that cannot run, as researchers type them.</summary>
    public static IReadOnlyList<SearchRequest> Mistakes { get; } =
    [
        new("\"Kim Il Sung"),
        new("*pilots"),
        new("pilots AND"),
        new("(pilots OR aviation"),
        new("date:someday"),
        new("date:[1950-12 TO 1950-11]"),
        new("pilots", From: "soon"),
    ];

    /// <summary>Each mistake with the message the search answers it with.</summary>
    public IReadOnlyList<(SearchRequest Request, string Message)> MistakeMessages { get; private set; } = [];

    /// <summary>Asks the searcher for its message on each mistake, so the page shows the real ones.</summary>
    public void OnGet() =>
        MistakeMessages = Mistakes.Select(m => (m, archive.Searcher.Search(m with { PageSize = 1 }).Error ?? "")).ToArray();
}

/// <summary>One example of the search help: a search and what it finds in the sample documents.</summary>
/// <param name="Query">The query, as typed in the search box.</param>
/// <param name="Finds">One sentence on what it finds.</param>
/// <param name="From">The from field, if any.</param>
/// <param name="To">The to field, if any.</param>
/// <param name="Sort">The ordering, if any.</param>
public sealed record SearchExample(string Query, string Finds, string? From = null, string? To = null, string? Sort = null)
{
    /// <summary>The search's address.</summary>
    public string Url => SearchModel.SearchUrl(Query, From, To, Sort);
}
