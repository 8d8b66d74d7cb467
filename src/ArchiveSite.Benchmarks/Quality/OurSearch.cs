using ArchiveSite.Benchmarks.Quality.Families;
using ArchiveSite.Benchmarks.Quality.Scoring;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Benchmarks.Quality;

/// <summary>
/// Our side: each query through <see cref="ArchiveSearcher.Search"/> as the search page runs it
/// (the same request but for the page size), its top 10 kept, and the top 50 when no relevant
/// record is in the top 10 (the site's order does not depend on the page size); for the
/// misspelt-name family, also the "did you mean" the page would offer and the ranking a
/// researcher gets by following it.
/// </summary>
internal static class OurSearch
{
    /// <summary>Runs every query, one after the other, reporting progress on the console.</summary>
    public static List<OurAnswer> Run(ArchiveSearcher searcher, IReadOnlyList<QualityQuery> queries)
    {
        var answers = new List<OurAnswer>(queries.Count);
        foreach (var query in queries)
        {
            answers.Add(Answer(searcher, query));
            if (answers.Count % 250 == 0)
            {
                Console.WriteLine($"ours: {answers.Count:N0} of {queries.Count:N0} queries");
            }
        }

        return answers;
    }

    private static OurAnswer Answer(ArchiveSearcher searcher, QualityQuery query)
    {
        var results = searcher.Search(new SearchRequest(query.Text, PageSize: RankingMetrics.Depth));
        var answer = new OurAnswer(query.Key, results.TotalHits, Ranking(searcher, query.Text, results.Hits.Select(h => h.Id).ToArray(), query), results.Error);
        if (query.Family != FamilyNames.MisspeltName || searcher.SuggestSpelling(results) is not { } suggestion)
        {
            return answer;
        }

        var followed = searcher.Search(new SearchRequest(suggestion.Text, PageSize: RankingMetrics.Depth));
        return answer with
        {
            Suggestion = suggestion.Text,
            SuggestedIds = Ranking(searcher, suggestion.Text, followed.Hits.Select(h => h.Id).ToArray(), query),
        };
    }

    /// <summary>The top 10, or the top 50 when a known item is not among them.</summary>
    private static IReadOnlyList<string> Ranking(ArchiveSearcher searcher, string text, IReadOnlyList<string> top, QualityQuery query)
    {
        if (query.Relevant.Count == 0 || RankingMetrics.FirstRelevantRank(top, query.Relevant) is not null || top.Count < RankingMetrics.Depth)
        {
            return top;
        }

        return searcher.Search(new SearchRequest(text, PageSize: Fts5Answers.Limit)).Hits.Select(h => h.Id).ToArray();
    }
}
