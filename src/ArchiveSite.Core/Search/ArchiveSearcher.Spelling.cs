using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Search;

public sealed partial class ArchiveSearcher
{
    /// <summary>
    /// A corrected spelling of the query worth offering: when it finds something and the query
    /// found nothing, or at least <see cref="SuggestionGain"/> times as many (an OR query, a word
    /// misspelled beside a correct one in the citation). Dates and facets are kept, so the count
    /// compared is the one the researcher would get by following the suggestion.
    /// </summary>
    public SpellingSuggestion? SuggestSpelling(SearchResults results)
    {
        if (results.Error is not null || string.IsNullOrWhiteSpace(results.Request.Text))
        {
            return null;
        }

        var searcher = index.Searchers.Acquire();
        IReadOnlyList<TextSegment>? segments;
        try
        {
            segments = SpellingSuggester.Correct(searcher.IndexReader, index.Names, results.Request.Text);
        }
        finally
        {
            index.Searchers.Release(searcher);
        }

        if (segments is null)
        {
            return null;
        }

        var text = string.Concat(segments.Select(s => s.Text));
        var corrected = Search(results.Request with { Text = text, Page = 1, PageSize = 1 });
        var worthIt = corrected.Error is null && corrected.TotalHits > results.TotalHits && corrected.TotalHits >= SuggestionGain * results.TotalHits;
        return worthIt ? new SpellingSuggestion(text, segments, corrected.TotalHits) : null;
    }

    /// <summary>How many times more results a correction must find to be offered when the query found some.</summary>
    public const int SuggestionGain = 2;
}
