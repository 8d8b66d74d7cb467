namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// name-place: two distinctive proper nouns of a record (<see cref="ProperNouns.Distinctive"/>: a
/// surname and a place, typically) that no other record holds together, typed in the order the
/// record first writes them. The rule: records in a random order, up to 20 random pairs each;
/// the first pair found in that record alone is its query.
/// </summary>
internal static class NamePlaces
{
    /// <summary>Up to <paramref name="count"/> queries.</summary>
    public static IReadOnlyList<QualityQuery> Generate(Corpus corpus, int count, Random random)
    {
        var queries = new List<QualityQuery>();
        foreach (var r in corpus.Shuffled(random))
        {
            if (queries.Count == count)
            {
                break;
            }

            var record = corpus.Records[r];
            var nouns = ProperNouns.Distinctive(record, corpus.Words);
            if (ProperNouns.UniquePair(nouns, nouns, corpus.Words, random) is (var a, var b))
            {
                // In the record's order: the order a reader who remembers the passage would type them.
                var words = Array.IndexOf(nouns, a) < Array.IndexOf(nouns, b) ? new[] { a, b } : [b, a];
                queries.Add(new QualityQuery(FamilyNames.NamePlace, queries.Count + 1, words, false, [record.Document.Id]));
            }
        }

        return queries;
    }
}
