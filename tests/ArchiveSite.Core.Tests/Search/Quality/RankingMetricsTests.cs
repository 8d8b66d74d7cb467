using ArchiveSite.Benchmarks.Quality.Scoring;

namespace ArchiveSite.Core.Tests.Search.Quality;

public sealed class RankingMetricsTests
{
    private static readonly string[] Relevant = ["known"];

    [Fact]
    public void AHandMadeRankingGivesItsKnownMeans()
    {
        // The known item first, second, fourth, eleventh, and nowhere: MRR@10 = (1 + 1/2 + 1/4 + 0 + 0) / 5.
        string[][] rankings =
        [
            ["known", "a", "b"],
            ["a", "known"],
            ["a", "b", "c", "known"],
            ["a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "known"],
            ["a", "b"],
        ];

        var scores = rankings.Select(r => new QueryScore("family", RankingMetrics.FirstRelevantRank(r, Relevant))).ToArray();
        var family = FamilyScore.Of("family", scores);

        Assert.Equal(5, family.Queries);
        Assert.Equal(0.35, family.Mrr, 9);
        Assert.Equal(0.2, family.SuccessAt1, 9);
        Assert.Equal(0.6, family.SuccessAt10, 9);
        Assert.Equal(0.8, family.Found, 9);
        Assert.Null(family.Ndcg);
    }

    [Fact]
    public void TheFirstOfSeveralRelevantRecordsCounts()
    {
        Assert.Equal(2, RankingMetrics.FirstRelevantRank(["a", "y", "x"], ["x", "y"]));
        Assert.Null(RankingMetrics.FirstRelevantRank([], ["x"]));
    }

    [Fact]
    public void AReciprocalRankBelowTheFirstPageIsZero()
    {
        Assert.Equal(0.1, RankingMetrics.ReciprocalRank(10), 9);
        Assert.Equal(0, RankingMetrics.ReciprocalRank(11));
        Assert.Equal(0, RankingMetrics.ReciprocalRank(null));
    }

    [Fact]
    public void NdcgIsOneForTheIdealOrderAndLessForAnother()
    {
        var grades = new Dictionary<string, int> { ["a"] = 2, ["b"] = 1, ["c"] = 0 };

        Assert.Equal(1, RankingMetrics.Ndcg(["a", "b", "c"], grades), 9);
        // (1 + 3 / log2 3) / (3 + 1 / log2 3)
        Assert.Equal((1 + (3 / Math.Log2(3))) / (3 + (1 / Math.Log2(3))), RankingMetrics.Ndcg(["b", "a"], grades), 9);
        Assert.Equal(0, RankingMetrics.Ndcg(["c", "unjudged"], grades));
        Assert.Equal(0, RankingMetrics.Ndcg(["a"], new Dictionary<string, int>()));
    }

    [Fact]
    public void AnUnjudgedRecordCountsAsNotRelevant()
    {
        var grades = new Dictionary<string, int> { ["a"] = 2 };

        Assert.Equal(1 / Math.Log2(3), RankingMetrics.Ndcg(["unjudged", "a"], grades), 9);
    }

    [Fact]
    public void NdcgLooksAtTheFirstTenOnly()
    {
        var grades = new Dictionary<string, int> { ["a"] = 2 };

        Assert.Equal(0, RankingMetrics.Ndcg([.. Enumerable.Range(0, 10).Select(i => $"x{i}"), "a"], grades));
    }
}
