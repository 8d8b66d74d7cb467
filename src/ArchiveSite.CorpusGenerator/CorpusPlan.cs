using ArchiveSite.Core.Documents;

namespace ArchiveSite.CorpusGenerator;

/// <summary>
/// A corpus of any size from real records. Records 0 to S−1 (S sources) are the sources, byte for
/// byte; record i ≥ S is derived from a base and a donor of the same decade and format, both chosen,
/// with the date shift, by a random generator seeded from (seed, i) alone. So any record can be made
/// on its own, in parallel, and the same seed always gives the same bytes.
/// </summary>
public sealed class CorpusPlan
{
    /// <summary>How many bases a generated record tries before giving up (a base whose date or URL cannot be rewritten fails its check).</summary>
    public const int MaxAttempts = 32;

    private readonly BaseRecord[] _bases;
    private readonly Dictionary<(int? Decade, RecordFormat Format), BaseRecord[]> _donors;

    /// <summary>Prepares the sources: parses each once to find the records that can serve as bases.</summary>
    public CorpusPlan(IReadOnlyList<SourceRecord> sources, int seed)
    {
        Sources = sources;
        Seed = seed;
        _bases = sources.AsParallel().AsOrdered().Select(BaseRecord.From).OfType<BaseRecord>().ToArray();
        _donors = _bases.GroupBy(b => (b.Decade, b.Document.Format)).ToDictionary(g => g.Key, g => g.ToArray());
    }

    /// <summary>The real records, in path order.</summary>
    public IReadOnlyList<SourceRecord> Sources { get; }

    /// <summary>The seed every choice derives from.</summary>
    public int Seed { get; }

    /// <summary>How many sources can be recombined.</summary>
    public int BaseCount => _bases.Length;

    /// <summary>Record <paramref name="index"/> of the corpus: a copy of a source, or a derived record.</summary>
    public GeneratedRecord Create(int index)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(index);
        if (index < Sources.Count)
        {
            var source = Sources[index];
            return new GeneratedRecord(source.RelativePath, string.Empty, source.Bytes);
        }

        if (_bases.Length == 0)
        {
            throw new InvalidOperationException("No source record loads without rejection, so none can be recombined.");
        }

        var random = new Random(RecordSeed(Seed, index));
        for (var attempt = 0; attempt < MaxAttempts; attempt++)
        {
            var baseRecord = _bases[random.Next(_bases.Length)];
            var donors = _donors[(baseRecord.Decade, baseRecord.Document.Format)];
            var donor = donors[random.Next(donors.Length)];
            var shift = DateShift.Random(random);
            if (RecordDeriver.Derive(baseRecord, donor, shift, Seed, index) is { } record)
            {
                return record;
            }
        }

        throw new InvalidOperationException($"Record {index}: no base out of {MaxAttempts} tried could be recombined into a loadable record.");
    }

    /// <summary>Records <paramref name="start"/> to <paramref name="start"/> + <paramref name="count"/> − 1.</summary>
    public IEnumerable<GeneratedRecord> CreateRange(int start, int count) => Enumerable.Range(start, count).Select(i => Create(i));

    /// <summary>A seed for one record from the corpus seed and the record's index (SplitMix64), stable across runs and machines.</summary>
    public static int RecordSeed(int seed, int index)
    {
        var z = unchecked(((ulong)(uint)seed << 32 | (uint)index) + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return (int)(z ^ (z >> 31));
    }
}
