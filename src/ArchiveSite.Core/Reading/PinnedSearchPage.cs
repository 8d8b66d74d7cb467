using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>
/// A search pinned to a moment (<c>/search?…&amp;as-of=…</c>, <c>/api/search?…&amp;as-of=…</c>): the
/// results the archive gave then, each with the version of its text then, and how many records
/// changed since.
/// </summary>
/// <param name="Pin">The moment; null when the pin given could not be read.</param>
/// <param name="Results">One page of results at the pin; <see cref="SearchResults.Error"/> says why not when the pin cannot be answered.</param>
/// <param name="Changes">What changed since the pin; null when the pin could not be answered.</param>
/// <param name="Versions">The version of each hit's text at the pin, by id: its versioned permalink is the result's link.</param>
/// <param name="Notices">What a researcher should know of these results (a text then that could not be read).</param>
public sealed record PinnedSearchPage(SearchPin? Pin, SearchResults Results, PinnedChanges? Changes, IReadOnlyDictionary<string, string> Versions, IReadOnlyList<string> Notices)
{
    /// <summary>True when the pin could not be read or answered (malformed, in the future, before the store's record, too many changes since): a 400.</summary>
    public bool Refused => Changes is null;

    /// <summary>The search <paramref name="request"/> pinned to <paramref name="asOf"/> as typed, read at <paramref name="now"/>.</summary>
    public static Task<PinnedSearchPage> ReadAsync(ArchiveSnapshot archive, SearchRequest request, string asOf, DateTimeOffset now) =>
        SearchPin.TryRead(asOf, now, out var error) is { } pin
            ? ReadAsync(archive, request, pin)
            : Task.FromResult(new PinnedSearchPage(null, SearchResults.Failed(request, error!), null, new Dictionary<string, string>(), []));

    /// <summary>The search <paramref name="request"/> at <paramref name="pin"/>, from one snapshot.</summary>
    public static async Task<PinnedSearchPage> ReadAsync(ArchiveSnapshot archive, SearchRequest request, SearchPin pin)
    {
        var versions = await archive.VersionsReady.ConfigureAwait(false);
        if (PinnedChanges.Find(archive, versions, pin, out var problem) is not { } changes)
        {
            return new PinnedSearchPage(pin, SearchResults.Failed(request, problem!), null, new Dictionary<string, string>(), []);
        }

        if (changes.Count == 0)
        {
            // Nothing changed since: the archive then is the archive now, and today's search answers.
            var today = archive.Searcher.Search(request);
            return new PinnedSearchPage(pin, today, changes, CurrentVersions(archive, today, new Dictionary<string, PinnedText>()), []);
        }

        var view = archive.Timeline(versions).View(archive, versions, changes);
        var results = view.Then.Search(request);
        return new PinnedSearchPage(pin, results, changes, CurrentVersions(archive, results, view.EarlierTexts), UnreadableNotices(view));
    }

    /// <summary>Each hit's text at the pin: its earlier text if it changed since, else the one served now.</summary>
    private static Dictionary<string, string> CurrentVersions(ArchiveSnapshot archive, SearchResults results, IReadOnlyDictionary<string, PinnedText> earlier) =>
        results.Hits
            .Select(h => (h.Id, Version: earlier.TryGetValue(h.Id, out var then) ? then.Then.Version : archive.Entry(h.Id)?.Version))
            .Where(h => h.Version is not null)
            .DistinctBy(h => h.Id)
            .ToDictionary(h => h.Id, h => h.Version!, StringComparer.Ordinal);

    internal static IReadOnlyList<string> UnreadableNotices(PinnedView view) =>
        view.Unreadable.Count == 0
            ? []
            : [$"The text at this moment of {string.Join(", ", view.Unreadable)} is held damaged in the version store and was left out of these results; the site's operators are told of damaged texts."];
}
