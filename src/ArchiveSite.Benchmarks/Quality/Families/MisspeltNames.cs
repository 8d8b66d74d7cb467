namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// misspelt-name: a name and place query (as <see cref="NamePlaces"/>) whose name is a person's
/// surname that at least <see cref="MinRecords"/> records hold, typed with one error
/// (<see cref="Misspelling"/>) that makes a word no record holds. The rule: records in a random
/// order; from the body's names, the frequent surnames (from the FRUS lists of names, written
/// capitalised as <see cref="ProperNouns.Names"/> requires) and the distinctive proper nouns that
/// are not surnames; up to 20 random pairs; the first held by that record alone, misspelt (up to
/// 10 draws). <see cref="QualityQuery.Intended"/> keeps the right spelling, the one a "did you
/// mean" should offer.
/// </summary>
internal static class MisspeltNames
{
    /// <summary>The fewest records a surname must be held by: a name researchers meet often.</summary>
    public const int MinRecords = 20;

    /// <summary>Up to <paramref name="count"/> queries; <paramref name="surnames"/> are lowercased.</summary>
    public static IReadOnlyList<QualityQuery> Generate(Corpus corpus, int count, Random random, IReadOnlySet<string> surnames)
    {
        var queries = new List<QualityQuery>();
        foreach (var r in corpus.Shuffled(random))
        {
            if (queries.Count == count)
            {
                break;
            }

            var record = corpus.Records[r];
            var names = ProperNouns.Names(record, corpus.Words)
                .Where(n => surnames.Contains(n.ToLowerInvariant()) && corpus.Words.DocumentFrequency(n.ToLowerInvariant()) >= MinRecords)
                .ToArray();
            var places = ProperNouns.Distinctive(record, corpus.Words).Where(n => !surnames.Contains(n.ToLowerInvariant())).ToArray();
            if (ProperNouns.UniquePair(names, places, corpus.Words, random) is (var name, var place) && Misspelt(name, corpus.Words, random) is { } misspelt)
            {
                queries.Add(new QualityQuery(FamilyNames.MisspeltName, queries.Count + 1, [misspelt, place], false, [record.Document.Id], [name, place]));
            }
        }

        return queries;
    }

    private static string? Misspelt(string name, WordIndex words, Random random)
    {
        for (var t = 0; t < 10; t++)
        {
            if (Misspelling.Of(name, random) is { } misspelt && words.DocumentFrequency(misspelt.ToLowerInvariant()) == 0)
            {
                return misspelt;
            }
        }

        return null;
    }
}
