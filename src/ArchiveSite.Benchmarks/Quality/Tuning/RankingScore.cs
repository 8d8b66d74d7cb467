using ArchiveSite.Benchmarks.Quality.Families;

namespace ArchiveSite.Benchmarks.Quality.Tuning;

/// <summary>
/// One ranking's means over a run's queries: MRR@10 per known-item family, and the topical
/// queries' nDCG@10 condensed (unjudged records left out of the list, so a ranking is not
/// punished for finding records nobody has read yet) with the share of its top 10 that is judged.
/// </summary>
/// <param name="Mrr">MRR@10 by family.</param>
/// <param name="Topical">The topical queries' mean condensed nDCG@10.</param>
/// <param name="TopicalJudged">The share of the topical top 10s that is judged.</param>
internal sealed record RankingScore(IReadOnlyDictionary<string, double> Mrr, double Topical, double TopicalJudged)
{
    /// <summary>The families the tuning weighs (the others are 1.000 for both engines, or about spelling).</summary>
    public static readonly string[] Weighed = [FamilyNames.BodyRun, FamilyNames.TitleDate, FamilyNames.NamePlace, FamilyNames.FrusDocument];

    /// <summary>
    /// What the tuning climbs: the mean over the weighed families and the topical queries, less
    /// twice any shortfall against <paramref name="floor"/> (FTS5's score on the same family), so a
    /// ranking that loses a family to the peer pays for it.
    /// </summary>
    public double Objective(RankingScore floor)
    {
        var parts = Weighed.Select(f => (Ours: Mrr.GetValueOrDefault(f), Peer: floor.Mrr.GetValueOrDefault(f)))
            .Append((Ours: Topical, Peer: floor.Topical))
            .ToArray();
        return parts.Average(p => p.Ours) - (2 * parts.Sum(p => Math.Max(0, p.Peer - p.Ours)));
    }

    /// <summary>One line: every family's score, then the topical ones.</summary>
    public override string ToString() =>
        string.Join("  ", Mrr.OrderBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => $"{kv.Key} {kv.Value:F3}"))
        + $"  topical {Topical:F3} (judged {TopicalJudged:P0})";
}
