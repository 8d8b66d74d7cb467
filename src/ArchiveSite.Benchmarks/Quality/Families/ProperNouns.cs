namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// The distinctive proper nouns of a record, as the name-place and misspelt-name families choose
/// them: words of its body of at least <see cref="MinLetters"/> letters, written capitalised
/// (<c>Cairo</c>) there, that the corpus's bodies write capitalised at least
/// <see cref="MinCapitalisedShare"/> of the time (a name or a place, not a word that starts a
/// sentence), held by <see cref="MinRecords"/> to <see cref="MaxRecords"/> records (distinctive,
/// yet not a one-off a researcher would not know).
/// </summary>
internal static class ProperNouns
{
    public const int MinLetters = 4;
    public const double MinCapitalisedShare = 0.9;
    public const int MinRecords = 3;
    public const int MaxRecords = 300;

    /// <summary>The body's capitalised words that the corpus treats as names, as written, each once, in order of first appearance.</summary>
    public static string[] Names(CorpusRecord record, WordIndex words) =>
        ResearcherWords.Runs(record.Body, lowercase: false)
            .Where(run => run.Length >= MinLetters && WordIndex.IsCapitalised(run))
            .Distinct(StringComparer.Ordinal)
            .Where(run => words.CapitalisedShare(run.ToLowerInvariant()) >= MinCapitalisedShare)
            .ToArray();

    /// <summary>The names of <see cref="Names"/> that are distinctive: held by a moderate number of records.</summary>
    public static string[] Distinctive(CorpusRecord record, WordIndex words) =>
        Names(record, words).Where(name => words.DocumentFrequency(name.ToLowerInvariant()) is >= MinRecords and <= MaxRecords).ToArray();

    /// <summary>
    /// A pair drawn from <paramref name="first"/> and <paramref name="second"/> (up to
    /// <paramref name="tries"/> draws) whose words occur together in exactly one record; null when none is found.
    /// </summary>
    public static (string First, string Second)? UniquePair(IReadOnlyList<string> first, IReadOnlyList<string> second, WordIndex words, Random random, int tries = 20)
    {
        if (first.Count == 0 || second.Count == 0)
        {
            return null;
        }

        for (var t = 0; t < tries; t++)
        {
            var a = first[random.Next(first.Count)];
            var b = second[random.Next(second.Count)];
            if (!string.Equals(a, b, StringComparison.Ordinal) && words.CoOccurrences(a.ToLowerInvariant(), b.ToLowerInvariant()) == 1)
            {
                return (a, b);
            }
        }

        return null;
    }
}
