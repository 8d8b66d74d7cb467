using ArchiveSite.Core.Documents;
using ArchiveSite.CorpusGenerator;
using BenchmarkDotNet.Attributes;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// <see cref="RecordParser"/> on the two seeds, and the load path (strict UTF-8 decoding, then the
/// parser) on a fixed sample of the corpus: 1,000 records evenly spaced in path order, plain text
/// and Markdown as they come. Times are per record.
/// </summary>
[MemoryDiagnoser]
public class ParseBenchmarks
{
    /// <summary>How many corpus records the sample holds.</summary>
    public const int SampleSize = 1000;

    private (string Text, string Name)[] _seeds = [];
    private SourceRecord[] _sample = [];

    /// <summary>Reads the seeds and the sample once per process.</summary>
    [GlobalSetup]
    public void Setup()
    {
        _seeds = Directory.GetFiles(Path.Combine(BenchmarkCorpus.RepositoryRoot, "seeds"))
            .Order(StringComparer.Ordinal)
            .Select(f => (File.ReadAllText(f), Path.GetFileName(f)))
            .ToArray();
        var files = BenchmarkCorpus.Files();
        _sample = Enumerable.Range(0, SampleSize).Select(i => files[(int)((long)i * files.Count / SampleSize)]).ToArray();
        Console.WriteLine($"// parse sample: {_sample.Length} records, {_sample.Sum(r => (long)r.Bytes.Length):N0} bytes, from {BenchmarkCorpus.Source}");
    }

    /// <summary>The two seeds, text to document.</summary>
    [Benchmark(OperationsPerInvoke = 2)]
    public int Seeds()
    {
        var parsed = 0;
        foreach (var (text, name) in _seeds)
        {
            parsed += RecordParser.Parse(text, name).IsSuccess ? 1 : 0;
        }

        return parsed;
    }

    /// <summary>The corpus sample, bytes to document, one record at a time.</summary>
    [Benchmark(OperationsPerInvoke = SampleSize)]
    public int CorpusSample()
    {
        var parsed = 0;
        foreach (var record in _sample)
        {
            parsed += DocumentLoader.ParseBytes(record.Bytes, record.RelativePath).IsSuccess ? 1 : 0;
        }

        return parsed;
    }
}
