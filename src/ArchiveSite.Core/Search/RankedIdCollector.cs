using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Keeps the ids of the <c>count</c> matches a rank puts first (largest first, ties by id), reading
/// each match's id from the sorted doc values every ordering already uses as its tie-breaker
/// (<see cref="IndexSchema.IdSort"/>), never from stored fields.
/// </summary>
internal sealed class RankedIdCollector(Func<string, long> rank, int count) : ICollector
{
    // The smallest kept match on top, so a better one replaces it: (rank, id) ascending by rank,
    // then descending by id (so the larger id goes first and the smaller id is kept on a tie).
    private readonly PriorityQueue<string, (long Rank, string Id)> _kept = new(Comparer<(long Rank, string Id)>.Create((a, b) =>
        a.Rank != b.Rank ? a.Rank.CompareTo(b.Rank) : string.CompareOrdinal(b.Id, a.Id)));

    private readonly BytesRef _bytes = new();
    private SortedDocValues? _ids;

    /// <summary>How many records matched.</summary>
    public int TotalHits { get; private set; }

    public bool AcceptsDocsOutOfOrder => true;

    public void SetScorer(Scorer scorer)
    {
    }

    public void SetNextReader(AtomicReaderContext context) => _ids = context.AtomicReader.GetSortedDocValues(IndexSchema.IdSort);

    public void Collect(int doc)
    {
        TotalHits++;
        if (_ids is null)
        {
            return;
        }

        _ids.Get(doc, _bytes);
        var id = _bytes.Utf8ToString();
        var key = (rank(id), id);
        if (_kept.Count < count)
        {
            _kept.Enqueue(id, key);
        }
        else if (_kept.TryPeek(out _, out var smallest) && _kept.Comparer.Compare(key, smallest) > 0)
        {
            _kept.DequeueEnqueue(id, key);
        }
    }

    /// <summary>The kept ids, first-ranked first.</summary>
    public IReadOnlyList<string> Top()
    {
        var top = new List<string>(_kept.Count);
        while (_kept.TryDequeue(out var id, out _))
        {
            top.Add(id);
        }

        top.Reverse();
        return top;
    }
}
