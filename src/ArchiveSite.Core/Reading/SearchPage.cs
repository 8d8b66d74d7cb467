using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>What the search page shows: the results, and a corrected spelling worth offering.</summary>
/// <param name="Results">One page of results (or why the request could not run).</param>
/// <param name="Suggestion">"Did you mean", or null.</param>
public sealed record SearchPage(SearchResults Results, SpellingSuggestion? Suggestion)
{
    /// <summary>The search page for <paramref name="request"/>, from one snapshot.</summary>
    public static SearchPage Read(ArchiveSnapshot archive, SearchRequest request)
    {
        var results = archive.Searcher.Search(request);
        return new SearchPage(results, archive.Searcher.SuggestSpelling(results));
    }
}
