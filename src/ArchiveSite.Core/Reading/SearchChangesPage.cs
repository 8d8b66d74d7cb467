using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Reading;

/// <summary>
/// What changed since a pinned search (<c>/search/changes?…&amp;as-of=…</c>): the documents it
/// finds now that were added since, the documents it found then that were withdrawn since, and the
/// documents it found then or finds now whose text was corrected since (each to its word diff).
/// </summary>
/// <param name="Pin">The pin.</param>
/// <param name="Request">The search.</param>
/// <param name="Error">Why the question cannot be answered (an unreadable query, a pin before the store's record or with too many changes since); null when it was.</param>
/// <param name="Added">Added since the pin, matching now.</param>
/// <param name="Withdrawn">Withdrawn since the pin, matching then.</param>
/// <param name="Corrected">Corrected since the pin, matching then or now.</param>
/// <param name="ArchiveChanges">How many documents of the whole archive changed since the pin.</param>
/// <param name="Notices">What a researcher should know of the answer.</param>
public sealed record SearchChangesPage(SearchPin Pin, SearchRequest Request, string? Error, IReadOnlyList<ChangedDocument> Added,
    IReadOnlyList<ChangedDocument> Withdrawn, IReadOnlyList<ChangedDocument> Corrected, int ArchiveChanges, IReadOnlyList<string> Notices)
{
    /// <summary>True when the search's results did not change since the pin.</summary>
    public bool Unchanged => Added.Count == 0 && Withdrawn.Count == 0 && Corrected.Count == 0;

    /// <summary>What changed for <paramref name="request"/> since <paramref name="pin"/>, from one snapshot.</summary>
    public static async Task<SearchChangesPage> ReadAsync(ArchiveSnapshot archive, SearchRequest request, SearchPin pin)
    {
        var versions = await archive.VersionsReady.ConfigureAwait(false);
        if (PinnedChanges.Find(archive, versions, pin, out var problem) is not { } changes)
        {
            return Failed(pin, request, problem!);
        }

        if (changes.Count == 0)
        {
            return new SearchChangesPage(pin, request, archive.Searcher.Search(request with { PageSize = 1 }).Error, [], [], [], 0, []);
        }

        var view = archive.Timeline(versions).View(archive, versions, changes);
        var then = Matching(view.Earlier, request, out var error);
        var addedNow = Matching(changes.Added.Count == 0 ? null : view.TodayOnly(changes.Added), request, out var addedError);
        var correctedNow = Matching(changes.Corrected.Count == 0 ? null : view.TodayOnly(changes.Corrected.Select(c => c.Id)), request, out var correctedError);
        if ((error ?? addedError ?? correctedError) is { } failed)
        {
            return Failed(pin, request, failed);
        }

        var added = changes.Added.Where(addedNow.Contains)
            .Select(id => new ChangedDocument(id, Title(archive.Searcher, id), null, archive.Entry(id)!.Version, archive.Entry(id)!.FirstSeen, false, true));
        var withdrawn = changes.Withdrawn.Where(w => then.Contains(w.Id))
            .Select(w => new ChangedDocument(w.Id, Title(view.Earlier, w.Id), w.Then.Version, null, w.WithdrawnAt!.Value, true, false));
        var corrected = changes.Corrected.Where(c => then.Contains(c.Id) || correctedNow.Contains(c.Id))
            .Select(c => new ChangedDocument(c.Id, Title(archive.Searcher, c.Id), c.Then.Version, c.Now, archive.Entry(c.Id)!.FirstSeen, then.Contains(c.Id), correctedNow.Contains(c.Id)));
        return new SearchChangesPage(pin, request, null, [.. added], [.. withdrawn], [.. corrected], changes.Count, PinnedSearchPage.UnreadableNotices(view));
    }

    private static SearchChangesPage Failed(SearchPin pin, SearchRequest request, string error) => new(pin, request, error, [], [], [], 0, []);

    /// <summary>The ids <paramref name="searcher"/> finds for the request (all of them: a view of changed records holds no more than <see cref="PinnedChanges.MaxChanges"/>).</summary>
    private static HashSet<string> Matching(ArchiveSearcher? searcher, SearchRequest request, out string? error)
    {
        error = null;
        if (searcher is null)
        {
            return [];
        }

        var (ids, _, problem) = searcher.TopBy(request, _ => 0, PinnedChanges.MaxChanges);
        error = problem;
        return ids.ToHashSet(StringComparer.Ordinal);
    }

    private static string Title(ArchiveSearcher searcher, string id) => searcher.GetDocument(id)?.Title ?? id;
}
