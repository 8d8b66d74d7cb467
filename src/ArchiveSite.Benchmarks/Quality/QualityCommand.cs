using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using ArchiveSite.Benchmarks.Peer;
using ArchiveSite.Benchmarks.Quality.Families;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Benchmarks.Quality;

/// <summary>
/// The search-quality harness (issue 17; <c>tests/quality/run.sh</c> runs it end to end, with
/// SQLite between the verbs): <c>quality</c> writes the records for SQLite, generates the query
/// families, runs them on our search and writes the same queries as SQL for FTS5;
/// <c>quality-report</c> reads both engines' answers back and scores them per family.
/// </summary>
internal static class QualityCommand
{
    /// <summary>The <c>quality</c> verb.</summary>
    public static int Measure(string[] args)
    {
        var options = QualityOptions.Parse(args);
        Directory.CreateDirectory(options.Out);
        var clock = Stopwatch.StartNew();
        var documents = BenchmarkCorpus.Documents(options.Records);
        Console.WriteLine($"quality: {documents.Count:N0} records from {BenchmarkCorpus.Source} ({clock.Elapsed.TotalSeconds:F0} s)");
        RecordsCsv.Write(documents, Path.Combine(options.Out, QualityFiles.Records));
        var run = new QualityRun(BenchmarkCorpus.Source, documents.Count, options.PerFamily, options.Seed, DateTime.UtcNow.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        File.WriteAllText(Path.Combine(options.Out, QualityFiles.Run), JsonSerializer.Serialize(run, PeerCommand.Json));

        var queries = Queries(Corpus.Of(documents), options);
        foreach (var family in queries.GroupBy(q => q.Family))
        {
            Console.WriteLine($"quality: {family.Key}: {family.Count()} queries");
        }

        QualityFiles.WriteLines(Path.Combine(options.Out, QualityFiles.Queries), queries);
        File.WriteAllText(Path.Combine(options.Out, QualityFiles.Fts5Sql), Fts5Answers.Script(queries));
        Console.WriteLine($"quality: queries written ({clock.Elapsed.TotalSeconds:F0} s)");

        using var index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default);
        Console.WriteLine($"ours: index built ({clock.Elapsed.TotalSeconds:F0} s)");
        var answers = OurSearch.Run(new ArchiveSearcher(index), queries);
        QualityFiles.WriteLines(Path.Combine(options.Out, QualityFiles.Ours), answers);
        Console.WriteLine($"ours: {answers.Count:N0} queries answered ({clock.Elapsed.TotalSeconds:F0} s)");
        return 0;
    }

    /// <summary>The <c>quality-report</c> verb.</summary>
    public static int Report(string[] args)
    {
        QualityReport.Write(QualityOptions.Parse(args), Console.Out);
        return 0;
    }

    /// <summary>The generated families, then the topical queries of <see cref="QualityOptions.Topical"/>.</summary>
    private static List<QualityQuery> Queries(Corpus corpus, QualityOptions options)
    {
        if (!File.Exists(options.Persons))
        {
            throw new FileNotFoundException($"The FRUS lists of names (the misspelt names' surnames) are not at {options.Persons}: name them with --persons FILE.", options.Persons);
        }

        var surnames = Surnames.Read(File.ReadLines(options.Persons));
        var topical = TopicalQueries.Read(File.ReadLines(options.Topical));
        return [.. QueryFamilies.Generate(corpus, options.PerFamily, options.Seed, surnames), .. topical];
    }
}
