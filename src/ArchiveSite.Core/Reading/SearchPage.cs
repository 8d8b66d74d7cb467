using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>What the search page shows: the results, and a corrected spelling worth offering.</summary>
/// <param name="Results">One page of results (or why the request could not run).</param>
/// <param name="Suggestion">"Did you mean", or null.</param>
public sealed partial record SearchPage(SearchResults Results, SpellingSuggestion? Suggestion)
{
    /// <summary>The pages of the people the query names, by a name the authority knows or as <c>person:id</c>.</summary>
    public IReadOnlyList<People.PersonStats> People { get; init; } = [];

    /// <summary>The search page for <paramref name="request"/>, from one snapshot.</summary>
    public static SearchPage Read(ArchiveSnapshot archive, SearchRequest request)
    {
        var results = archive.Searcher.Search(request);
        return new SearchPage(results, archive.Searcher.SuggestSpelling(results)) { People = PeopleOf(archive, results) };
    }

    [System.Text.RegularExpressions.GeneratedRegex(@"(?<![\w:])person:(?<id>[A-Za-z0-9_]+)", System.Text.RegularExpressions.RegexOptions.IgnoreCase)]
    private static partial System.Text.RegularExpressions.Regex PersonPrefix();

    private static People.PersonStats[] PeopleOf(ArchiveSnapshot archive, SearchResults results)
    {
        if (results.Error is not null || string.IsNullOrWhiteSpace(results.Request.Text))
        {
            return [];
        }

        var ids = results.People.Select(p => p.Id).Concat(PersonPrefix().Matches(results.Request.Text).Select(m => m.Groups["id"].Value));
        var directory = archive.Searcher.People;
        return ids.Distinct(StringComparer.Ordinal).Select(directory.Find).OfType<People.PersonStats>().ToArray();
    }
}
