using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Counts facet values over every matching record (not only one page), from sorted-set doc
/// values: Lucene.Net.Facet is not available here, and doc values give the same counts with core
/// APIs. Ordinals are per segment, so each segment's counts are turned into labels when it ends.
/// </summary>
internal sealed class FacetCollector(IReadOnlyList<FacetDimension> dimensions) : ICollector
{
    private readonly Dictionary<string, Dictionary<string, int>> _counts =
        dimensions.ToDictionary(d => d.Key, _ => new Dictionary<string, int>(StringComparer.Ordinal));

    private readonly List<(FacetDimension Dimension, SortedSetDocValues Values, int[] Counts)> _segment = [];

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
                _segment.Add((dimension, values, new int[values.ValueCount]));
            }
        }
    }

    public void Collect(int doc)
    {
        foreach (var (_, values, counts) in _segment)
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
        var term = new BytesRef();
        foreach (var (dimension, values, counts) in _segment)
        {
            var totals = _counts[dimension.Key];
            for (var ord = 0; ord < counts.Length; ord++)
            {
                if (counts[ord] == 0)
                {
                    continue;
                }

                values.LookupOrd(ord, term);
                var label = term.Utf8ToString();
                totals[label] = totals.GetValueOrDefault(label) + counts[ord];
            }
        }

        _segment.Clear();
    }
}
