using System.Collections.Concurrent;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Counts facet values over every matching record (not only one page), from sorted-set doc
/// values: Lucene.Net.Facet is not available here, and doc values give the same counts with core
/// APIs. Ordinals are per segment, so each segment's counts are turned into labels when it ends:
/// each segment's labels are decoded once for the life of the segment (<see cref="Labels"/>),
/// not on every search (a tenth of a search page's time went to decoding them again).
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<FacetDimension> dimensions) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        dimensions.ToDictionary(d => d.Key, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly List<(FacetDimension Dimension, string[] Labels, SortedSetDocValues Values, int[] Counts)> _segment = [];

    /// <summary>Each segment's facet labels by field, in ordinal order; kept while the segment lives (its core is the key).</summary>
    private static readonly ConditionalWeakTable<object, ConcurrentDictionary<string, string[]>> SegmentLabels = new();

    public bool AcceptsDocsOutOfOrder => true;

    /// <summary>Counts by facet key, then by value.</summary>
    public IReadOnlyDictionary<string, Dictionary<string, int>> Counts
    {
        get
        {
            FlushSegment();
            return _counts;
        }
    }

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context)
    {
        FlushSegment();
        foreach (var dimension in dimensions)
        {
            var values = context.AtomicReader.GetSortedSetDocValues(dimension.Field);
            if (values is not null)
            {
                _segment.Add((dimension, Labels(context.AtomicReader, dimension.Field), values, new int[values.ValueCount]));
            }
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, _, values, counts) in _segment)
        {
            values.SetDocument(doc);
            for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
            {
                counts[ord]++;
            }
        }
    }

    private void FlushSegment()
    {
        foreach (var (dimension, labels, _, counts) in _segment)
        {
            var totals = _counts[dimension.Key];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] != 0)
                {
                    ref var total = ref CollectionsMarshal.GetValueRefOrAddDefault(totals, labels[ord], out _);
                    total += counts[ord];
                }
            }
        }

        _segment.Clear();
    }

    /// <summary>The labels of <paramref name="field"/>'s ordinals in segment <paramref name="reader"/>, decoded at the segment's first search.</summary>
    private static string[] Labels(AtomicReader reader, string field) =>
        SegmentLabels.GetValue(reader.CoreCacheKey, _ => new ConcurrentDictionary<string, string[]>(StringComparer.Ordinal))
            .GetOrAdd(field, f =>
            {
                var values = reader.GetSortedSetDocValues(f);
                var labels = new string[values.ValueCount];
                var term = new BytesRef();
                for (var ord = 0; ord < labels.Length; ord++)
                {
                    values.LookupOrd(ord, term);
                    labels[ord] = term.Utf8ToString();
                }

                return labels;
            });
}
