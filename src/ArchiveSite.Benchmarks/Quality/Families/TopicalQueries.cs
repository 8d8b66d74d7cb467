namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// The topical family: queries a historian would type about a subject (<c>tests/quality/topical.txt</c>,
/// one a line; <c>#</c> starts a comment), judged by hand rather than generated: no known item,
/// graded judgements instead (<see cref="Scoring.Judgements"/>).
/// </summary>
internal static class TopicalQueries
{
    /// <summary>The queries of the lines, in order.</summary>
    public static IReadOnlyList<QualityQuery> Read(IEnumerable<string> lines) =>
        lines.Select(l => l.Trim())
            .Where(l => l.Length > 0 && !l.StartsWith('#'))
            .Select((l, i) => new QualityQuery(FamilyNames.Topical, i + 1, ResearcherWords.Of(l), false, []))
            .ToArray();
}
