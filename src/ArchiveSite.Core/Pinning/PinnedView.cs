using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Versions;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ArchiveSite.Core.Pinning;

/// <summary>
/// The archive as it was at a pin, without indexing the past: the served index with the records
/// changed since hidden, beside a small index in memory of those records' texts as they were then
/// (read from the version store; at most <see cref="PinnedChanges.MaxChanges"/>). Searched together
/// (one reader over both), a query is the same query, parsed, ranked, filtered and counted by the
/// same code as today's, so results, counts and facets are those of the archive then.
/// </summary>
/// <remarks>
/// Made once for a snapshot and a pin and kept with the snapshot (<see cref="PinTimeline.View"/>):
/// the pages of one pinned search, its facets and its changes share it. It holds nothing open
/// (the small index is in memory, the served segments are wrapped, never closed or held), so it is
/// dropped with its snapshot, never disposed.
/// </remarks>
internal sealed class PinnedView
{
    private readonly ArchiveSearcher _today;
    private readonly IndexReader _served;

    private PinnedView(ArchiveSnapshot archive, PinnedChanges changes, IReadOnlyList<ArchiveDocument> earlier, IReadOnlyList<string> unreadable)
    {
        _today = archive.Searcher;
        _served = _today.View.IndexReader;
        Changes = changes;
        Unreadable = unreadable;
        var texts = new RAMDirectory();
        ArchiveIndexBuilder.Build(texts, earlier, archive.Index.Analyzer, archive.Index.Names);
        var earlierReader = DirectoryReader.Open(texts);
        Earlier = _today.Over(earlierReader);
        var hidden = DocNumbers(changes.Added.Concat(changes.Corrected.Select(c => c.Id)));
        Then = _today.Over(new MultiReader([.. LiveDocsReader.Hiding(_served, hidden), earlierReader], closeSubReaders: true));
        EarlierTexts = changes.Corrected.Concat(changes.Withdrawn).ToDictionary(t => t.Id, StringComparer.Ordinal);
    }

    /// <summary>What changed since the pin.</summary>
    public PinnedChanges Changes { get; }

    /// <summary>The records whose text then could not be read (a damaged line of the store): left out, and said so.</summary>
    public IReadOnlyList<string> Unreadable { get; }

    /// <summary>The archive at the pin.</summary>
    public ArchiveSearcher Then { get; }

    /// <summary>Only the texts then of the records corrected or withdrawn since.</summary>
    public ArchiveSearcher Earlier { get; }

    /// <summary>The texts then of the records corrected or withdrawn since, by id.</summary>
    public IReadOnlyDictionary<string, PinnedText> EarlierTexts { get; }

    /// <summary>Makes the view of <paramref name="archive"/> at the changes' pin, reading the earlier texts from <paramref name="versions"/>.</summary>
    public static PinnedView Open(ArchiveSnapshot archive, VersionStore versions, PinnedChanges changes)
    {
        var read = changes.Corrected.Concat(changes.Withdrawn).Select(t => (t.Id, Text: versions.Find(t.Id, t.Then.Version))).ToArray();
        return new PinnedView(archive, changes, read.Select(r => r.Text?.Document).OfType<ArchiveDocument>().ToArray(),
            read.Where(r => r.Text is null).Select(r => r.Id).ToArray());
    }

    /// <summary>Today's archive with only the records <paramref name="ids"/>: which of them match now.</summary>
    public ArchiveSearcher TodayOnly(IEnumerable<string> ids) =>
        _today.Over(new MultiReader([.. LiveDocsReader.Only(_served, DocNumbers(ids))], closeSubReaders: true));

    private int[] DocNumbers(IEnumerable<string> ids) =>
        ids.Select(id => StoredCards.DocNumber(_today.View, id)).OfType<int>().ToArray();
}
