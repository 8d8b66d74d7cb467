using System.Globalization;

namespace ArchiveSite.Benchmarks.Quality;

/// <summary>
/// The quality verbs' arguments: <c>--out DIR</c> (required); for <c>quality</c>,
/// <c>--per-family N</c> (200), <c>--seed S</c> (1950), <c>--records N</c> (as the peer: the
/// first size in <c>ARCHIVESITE_BENCH_RECORDS</c>, else the 22,029 FRUS records) and
/// <c>--persons FILE</c> (the FRUS lists of names beside the corpus); for both,
/// <c>--topical FILE</c> and <c>--judgements FILE</c> (in <c>tests/quality/</c>).
/// </summary>
/// <param name="Out">The folder for the records, the queries, both engines' answers and the report.</param>
/// <param name="PerFamily">Queries wanted per generated family (rarer families give fewer).</param>
/// <param name="Seed">The seed every family's random choices derive from.</param>
/// <param name="Records">How many corpus records to use.</param>
/// <param name="Persons">frus-persons.jsonl, where the misspelt-name family's surnames come from.</param>
/// <param name="Topical">The topical queries, one a line.</param>
/// <param name="Judgements">The topical queries' judgements.</param>
internal sealed record QualityOptions(string Out, int PerFamily, int Seed, int Records, string Persons, string Topical, string Judgements)
{
    private static readonly string[] Names = ["--out", "--per-family", "--seed", "--records", "--persons", "--topical", "--judgements"];

    /// <summary>Reads the arguments after the verb; throws with a usage line on anything else.</summary>
    public static QualityOptions Parse(IReadOnlyList<string> args)
    {
        var values = new Dictionary<string, string>(StringComparer.Ordinal);
        for (var i = 0; i < args.Count; i += 2)
        {
            if (i + 1 >= args.Count || !Names.Contains(args[i]))
            {
                throw new ArgumentException($"Unexpected '{args[i]}'. Usage: quality|quality-report --out DIR [--per-family 200] [--seed 1950] [--records N] [--persons FILE] [--topical FILE] [--judgements FILE]");
            }

            values[args[i]] = args[i + 1];
        }

        int Number(string name, int fallback) => values.TryGetValue(name, out var v) ? int.Parse(v, CultureInfo.InvariantCulture) : fallback;
        string PathOf(string name, string fallback) => Path.GetFullPath(values.GetValueOrDefault(name) ?? fallback);
        var quality = Path.Combine(BenchmarkCorpus.RepositoryRoot, "tests", "quality");
        return new QualityOptions(
            Path.GetFullPath(values.GetValueOrDefault("--out") ?? throw new ArgumentException("--out DIR is required.")),
            Number("--per-family", 200),
            Number("--seed", 1950),
            Number("--records", BenchmarkCorpus.Sizes(BenchmarkCorpus.RecordsVariable, BenchmarkCorpus.FrusRecords).First()),
            PathOf("--persons", Path.Combine(Path.GetDirectoryName(BenchmarkCorpus.FrusArchive)!, "frus-persons.jsonl")),
            PathOf("--topical", Path.Combine(quality, "topical.txt")),
            PathOf("--judgements", Path.Combine(quality, "judgements.tsv")));
    }
}
