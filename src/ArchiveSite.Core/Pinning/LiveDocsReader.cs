using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Pinning;

/// <summary>
/// One segment of the served index with fewer live documents: a pinned search hides the records
/// that changed since its pin (their text then is searched instead), and "what changed since"
/// looks at only those records. Nothing is copied or written: searches skip documents that are not
/// live, as they skip deleted ones.
/// </summary>
internal sealed class LiveDocsReader : FilterAtomicReader
{
    private readonly IBits? _live;
    private readonly int _count;

    private LiveDocsReader(AtomicReader segment, FixedBitSet live)
        : base(segment)
    {
        _live = live;
        _count = live.Cardinality;
    }

    /// <summary>The segment as it is: wrapped only so that closing a view of it leaves it open.</summary>
    private LiveDocsReader(AtomicReader segment)
        : base(segment)
    {
        _live = segment.LiveDocs;
        _count = segment.NumDocs;
    }

    public override IBits? LiveDocs => _live;

    public override int NumDocs => _count;

    /// <summary>
    /// The segments of <paramref name="reader"/> without the documents <paramref name="hidden"/>
    /// (numbers in <paramref name="reader"/>): only a segment that holds one of them gets live
    /// documents of its own, so the work is the few segments touched, not the index. Every segment
    /// is wrapped, so that a view over them (a <see cref="MultiReader"/> that closes its parts) never
    /// holds or closes the snapshot's segments: it may be kept for later requests, and dropped.
    /// </summary>
    public static IEnumerable<IndexReader> Hiding(IndexReader reader, IReadOnlyCollection<int> hidden) =>
        reader.Leaves.Select(leaf =>
        {
            var inside = hidden.Where(doc => doc >= leaf.DocBase && doc < leaf.DocBase + leaf.AtomicReader.MaxDoc).ToArray();
            if (inside.Length == 0)
            {
                return (IndexReader)new LiveDocsReader(leaf.AtomicReader);
            }

            var live = LiveNow(leaf.AtomicReader);
            foreach (var doc in inside)
            {
                live.Clear(doc - leaf.DocBase);
            }

            return new LiveDocsReader(leaf.AtomicReader, live);
        });

    /// <summary>The segments of <paramref name="reader"/> with only the documents <paramref name="kept"/> (numbers in <paramref name="reader"/>).</summary>
    public static IEnumerable<IndexReader> Only(IndexReader reader, IReadOnlyCollection<int> kept) =>
        reader.Leaves.Select(leaf =>
        {
            var live = new FixedBitSet(leaf.AtomicReader.MaxDoc);
            foreach (var doc in kept.Where(doc => doc >= leaf.DocBase && doc < leaf.DocBase + leaf.AtomicReader.MaxDoc))
            {
                live.Set(doc - leaf.DocBase);
            }

            return (IndexReader)new LiveDocsReader(leaf.AtomicReader, live);
        });

    /// <summary>A copy of the segment's live documents, to change.</summary>
    private static FixedBitSet LiveNow(AtomicReader segment)
    {
        var live = new FixedBitSet(segment.MaxDoc);
        if (segment.LiveDocs is not { } liveDocs)
        {
            live.Set(0, segment.MaxDoc);
            return live;
        }

        for (var doc = 0; doc < segment.MaxDoc; doc++)
        {
            if (liveDocs.Get(doc))
            {
                live.Set(doc);
            }
        }

        return live;
    }

    /// <summary>The segment is the snapshot's, which closes it: this view of it closes nothing.</summary>
    protected override void DoClose()
    {
    }
}
