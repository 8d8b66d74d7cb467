namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// Every generated family from one corpus, deterministically: the same records, count and seed
/// give the same queries. Each family draws from a random source of its own (the seed and the
/// family's place in <see cref="FamilyNames.All"/>), so asking more of one family leaves the
/// others as they were.
/// </summary>
internal static class QueryFamilies
{
    /// <summary>Up to <paramref name="perFamily"/> queries of each generated family, family by family; <paramref name="surnames"/> lowercased (<see cref="Surnames"/>).</summary>
    public static IReadOnlyList<QualityQuery> Generate(Corpus corpus, int perFamily, int seed, IReadOnlySet<string> surnames)
    {
        var (runs, quoted) = BodyRuns.Generate(corpus, perFamily, RandomFor(seed, FamilyNames.BodyRun));
        return
        [
            .. runs,
            .. quoted,
            .. TitleDates.Generate(corpus, perFamily, RandomFor(seed, FamilyNames.TitleDate)),
            .. NamePlaces.Generate(corpus, perFamily, RandomFor(seed, FamilyNames.NamePlace)),
            .. ArchivalReferences.Generate(corpus, perFamily, RandomFor(seed, FamilyNames.ArchivalReference)),
            .. MisspeltNames.Generate(corpus, perFamily, RandomFor(seed, FamilyNames.MisspeltName), surnames),
            .. FrusDocuments.Generate(corpus, perFamily, RandomFor(seed, FamilyNames.FrusDocument)),
        ];
    }

    /// <summary>
    /// The family's random source. System.Random with a seed gives the same numbers on every run
    /// and platform (.NET keeps the seeded algorithm for exactly this).
    /// </summary>
    private static Random RandomFor(int seed, string family) =>
        new(unchecked((seed * 31) + FamilyNames.All.ToList().IndexOf(family)));
}
