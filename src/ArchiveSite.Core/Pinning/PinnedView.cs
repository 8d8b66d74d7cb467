using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Versions;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ArchiveSite.Core.Pinning;

/// <summary>
/// The archive as it was at a pin, for one request, without indexing the past: the served index
/// with the records changed since hidden, beside a small index in memory of those records' texts
/// as they were then (read from the version store; at most <see cref="PinnedChanges.MaxChanges"/>).
/// Searched together (one reader over both), a query is the same query, parsed, ranked, filtered
/// and counted by the same code as today's, so results, counts and facets are those of the archive then.
/// </summary>
internal sealed class PinnedView : IDisposable
{
    private readonly List<IndexReader> _readers = [];
    private readonly RAMDirectory _earlierTexts = new();
    private readonly ArchiveSearcher _today;
    private readonly IndexReader _served;

    private PinnedView(ArchiveSnapshot archive, PinnedChanges changes, IReadOnlyList<ArchiveDocument> earlier)
    {
        _today = archive.Searcher;
        _served = _today.View.IndexReader;
        Changes = changes;
        ArchiveIndexBuilder.Build(_earlierTexts, earlier, archive.Index.Analyzer, archive.Index.Names);
        var earlierReader = Keep(DirectoryReader.Open(_earlierTexts));
        Earlier = _today.Over(earlierReader);
        var hidden = DocNumbers(changes.Added.Concat(changes.Corrected.Select(c => c.Id)));
        Then = _today.Over(Keep(new MultiReader([.. LiveDocsReader.Hiding(_served, hidden), earlierReader], closeSubReaders: false)));
    }

    /// <summary>What changed since the pin.</summary>
    public PinnedChanges Changes { get; }

    /// <summary>The records whose text then could not be read (a damaged line of the store): left out, and said so.</summary>
    public IReadOnlyList<string> Unreadable { get; private init; } = [];

    /// <summary>The archive at the pin.</summary>
    public ArchiveSearcher Then { get; }

    /// <summary>Only the texts then of the records corrected or withdrawn since.</summary>
    public ArchiveSearcher Earlier { get; }

    /// <summary>The texts then of the records corrected or withdrawn since, by id.</summary>
    public IReadOnlyDictionary<string, PinnedText> EarlierTexts => Changes.Corrected.Concat(Changes.Withdrawn).ToDictionary(t => t.Id, StringComparer.Ordinal);

    /// <summary>Opens the view of <paramref name="archive"/> at the changes' pin, reading the earlier texts from <paramref name="versions"/>.</summary>
    public static PinnedView Open(ArchiveSnapshot archive, VersionStore versions, PinnedChanges changes)
    {
        var read = changes.Corrected.Concat(changes.Withdrawn).Select(t => (t.Id, Text: versions.Find(t.Id, t.Then.Version))).ToArray();
        return new PinnedView(archive, changes, read.Select(r => r.Text?.Document).OfType<ArchiveDocument>().ToArray())
        {
            Unreadable = read.Where(r => r.Text is null).Select(r => r.Id).ToArray(),
        };
    }

    /// <summary>Today's archive with only the records <paramref name="ids"/>: which of them match now.</summary>
    public ArchiveSearcher TodayOnly(IEnumerable<string> ids) =>
        _today.Over(Keep(new MultiReader([.. LiveDocsReader.Only(_served, DocNumbers(ids))], closeSubReaders: false)));

    private int[] DocNumbers(IEnumerable<string> ids) =>
        ids.Select(id => StoredCards.DocNumber(_today.View, id)).OfType<int>().ToArray();

    private T Keep<T>(T reader)
        where T : IndexReader
    {
        _readers.Add(reader);
        return reader;
    }

    /// <summary>Closes the views made for the request (newest first), and the small index; the served index stays open, the snapshot's.</summary>
    public void Dispose()
    {
        for (var i = _readers.Count - 1; i >= 0; i--)
        {
            _readers[i].Dispose();
        }

        _earlierTexts.Dispose();
    }
}
