namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// body-run and body-run-quoted: a passage a researcher remembers, typed without quotes (every
/// word must match, on both engines) and in quotes (a phrase). The rule: records in a random
/// order, one run each of <see cref="Length"/> consecutive words of the body's plain text, drawn
/// at a random place among the runs where every word is typeable (<see cref="ResearcherWords.TypeableRuns"/>),
/// at least <see cref="MinWordsWithLetters"/> words hold a letter (not a row of a table of
/// figures) and at least <see cref="MinContentWords"/> are not function words
/// (<see cref="StopWords"/>); kept only when the run occurs, as consecutive words, in that one
/// record and no other (<see cref="RunOccurrences"/>). The quoted family is the same runs in double quotes.
/// </summary>
/// <remarks>
/// The content rule is what a remembered passage is: "Arab Republic President Nasser desires
/// resume relations and" is one; "if they have a real case they will" is not, and matches a
/// thousand records on either engine. Without it (all runs of typeable words) both engines score
/// about 0.2 lower, ours still 0.2 behind FTS5 (docs/search-quality.md).
/// </remarks>
internal static class BodyRuns
{
    /// <summary>Words in a run.</summary>
    public const int Length = 8;

    /// <summary>Words of a run that must hold a letter.</summary>
    public const int MinWordsWithLetters = 6;

    /// <summary>Words of a run that must not be function words: one of the eight may be.</summary>
    public const int MinContentWords = 7;

    // Candidates drawn per query wanted: runs of boilerplate (a source note's "Secret. Drafted by")
    // occur in many records and are dropped; most runs of eight words occur once.
    private const int CandidatesPerQuery = 3;

    /// <summary>Up to <paramref name="count"/> runs, unquoted and quoted (the same runs, in the same order).</summary>
    public static (IReadOnlyList<QualityQuery> Unquoted, IReadOnlyList<QualityQuery> Quoted) Generate(Corpus corpus, int count, Random random)
    {
        var candidates = new List<(int Record, string[] Words)>();
        foreach (var r in corpus.Shuffled(random))
        {
            if (candidates.Count == count * CandidatesPerQuery)
            {
                break;
            }

            if (Pick(corpus.Records[r].Body, random) is { } words)
            {
                candidates.Add((r, words));
            }
        }

        var occurrences = RunOccurrences.RecordsContaining(
            corpus.Records,
            candidates.Select(c => (IReadOnlyList<string>)c.Words.Select(w => w.ToLowerInvariant()).ToArray()).ToArray());
        var unique = candidates.Where((_, i) => occurrences[i] == 1).Take(count).ToArray();
        return (
            unique.Select((c, i) => Query(FamilyNames.BodyRun, i + 1, c, quoted: false, corpus)).ToArray(),
            unique.Select((c, i) => Query(FamilyNames.BodyRunQuoted, i + 1, c, quoted: true, corpus)).ToArray());
    }

    /// <summary>A run of typeable words from <paramref name="body"/>, as written, at a place drawn from <paramref name="random"/>; null when the body has none.</summary>
    public static string[]? Pick(string body, Random random)
    {
        var runs = ResearcherWords.TypeableRuns(body);
        var starts = new List<int>();
        for (var start = 0; start + Length <= runs.Count; start++)
        {
            if (IsRemembered(runs, start))
            {
                starts.Add(start);
            }
        }

        return starts.Count == 0 ? null : runs.GetRange(starts[random.Next(starts.Count)], Length).Select(r => ResearcherWords.AsTyped(r.Run)).ToArray();
    }

    private static bool IsRemembered(List<(string Run, bool Typeable)> runs, int start)
    {
        var (withLetters, content) = (0, 0);
        for (var i = start; i < start + Length; i++)
        {
            if (!runs[i].Typeable)
            {
                return false;
            }

            withLetters += runs[i].Run.Any(char.IsLetter) ? 1 : 0;
            content += StopWords.English.Contains(runs[i].Run) ? 0 : 1;
        }

        return withLetters >= MinWordsWithLetters && content >= MinContentWords;
    }

    private static QualityQuery Query(string family, int number, (int Record, string[] Words) candidate, bool quoted, Corpus corpus) =>
        new(family, number, candidate.Words, quoted, [corpus.Records[candidate.Record].Document.Id]);
}
