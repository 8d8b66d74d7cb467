using ArchiveSite.Core.Documents;
using ArchiveSite.CorpusGenerator;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// The records the benchmarks run on. <c>ARCHIVESITE_BENCH_CORPUS</c> names a folder of records
/// (a generated corpus, say) or a <c>.tar.gz</c>; without it, the FRUS corpus
/// <c>../shared/corpus/frus-22k.tar.gz</c> beside the checkout, read in memory (no unpacking to disk).
/// BenchmarkDotNet runs each benchmark in a child process, which inherits the variable.
/// </summary>
public static class BenchmarkCorpus
{
    /// <summary>The environment variable naming the corpus.</summary>
    public const string CorpusVariable = "ARCHIVESITE_BENCH_CORPUS";

    /// <summary>The environment variable with the index sizes the query benchmarks run (comma-separated), e.g. <c>22029,100000</c>.</summary>
    public const string RecordsVariable = "ARCHIVESITE_BENCH_RECORDS";

    /// <summary>The environment variable with the sizes the index benchmarks build (comma-separated).</summary>
    public const string IndexRecordsVariable = "ARCHIVESITE_BENCH_INDEX_RECORDS";

    /// <summary>The FRUS corpus's size, the default size of every run.</summary>
    public const int FrusRecords = 22029;

    /// <summary>The corpus source in effect.</summary>
    public static string Source => Environment.GetEnvironmentVariable(CorpusVariable) is { Length: > 0 } path ? path : FrusArchive;

    /// <summary>The sizes to run: the comma-separated numbers in <paramref name="variable"/>, or <paramref name="fallback"/>.</summary>
    public static IEnumerable<int> Sizes(string variable, int fallback) =>
        Environment.GetEnvironmentVariable(variable) is { Length: > 0 } list
            ? list.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Select(v => int.Parse(v, System.Globalization.CultureInfo.InvariantCulture))
            : [fallback];

    /// <summary><c>../shared/corpus/frus-22k.tar.gz</c> beside the checkout.</summary>
    public static string FrusArchive => Path.GetFullPath(Path.Combine(RepositoryRoot, "..", "shared", "corpus", "frus-22k.tar.gz"));

    /// <summary>The checkout that holds these binaries (the folder of ArchiveSite.sln).</summary>
    public static string RepositoryRoot
    {
        get
        {
            for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            {
                if (File.Exists(Path.Combine(dir.FullName, "ArchiveSite.sln")))
                {
                    return dir.FullName;
                }
            }

            throw new InvalidOperationException($"ArchiveSite.sln not found above {AppContext.BaseDirectory}.");
        }
    }

    /// <summary>The record files of the corpus, in path order.</summary>
    public static IReadOnlyList<SourceRecord> Files() => SourceReader.Read(Source);

    /// <summary>The first <paramref name="count"/> records that load (all of them if the corpus is smaller), as the site loads them.</summary>
    public static IReadOnlyList<ArchiveDocument> Documents(int count)
    {
        var files = Files();
        var loaded = DocumentLoader.Collect(files.AsParallel().AsOrdered().Select(f => DocumentLoader.ParseBytes(f.Bytes, f.RelativePath)));
        if (loaded.Documents.Count < count)
        {
            Console.WriteLine($"// {Source} holds {loaded.Documents.Count} records, fewer than {count}: all are used.");
        }

        return loaded.Documents.Take(count).ToArray();
    }
}
