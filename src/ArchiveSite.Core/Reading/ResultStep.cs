using System.Globalization;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>
/// Where a document opened from a result list stands in it ("result 7 of 1,648"), and the results
/// before and after it, as Blacklight steps through a search: the list is the search its link
/// carries (query, dates, facets, order) and the place it was at, not anything kept on the server,
/// so the search is run again, for three places only (<see cref="Search.ArchiveSearcher.Around"/>).
/// </summary>
/// <param name="Position">The place asked for, 1-based.</param>
/// <param name="Total">How many records the search finds now.</param>
/// <param name="Previous">The result before it; null at the first, or when the list no longer has the document there.</param>
/// <param name="Next">The result after it; null at the last, or when the list no longer has the document there.</param>
/// <param name="Problem">Why the document cannot be stepped from (the list changed, a bad position or search), for the researcher; null when it can.</param>
public sealed record ResultStep(int Position, int Total, DocumentCard? Previous, DocumentCard? Next, string? Problem)
{
    /// <summary>
    /// The place of document <paramref name="id"/> at <paramref name="position"/> (as the link
    /// wrote it) in the results of <paramref name="request"/>. Never throws: a position that is not
    /// a whole number, a search that cannot run, or a list that no longer has the document there
    /// (records were added or changed since) is a <see cref="Problem"/>, said plainly.
    /// </summary>
    public static ResultStep Read(ArchiveSnapshot archive, SearchRequest request, string? position, string id)
    {
        if (!int.TryParse(position, NumberStyles.None, CultureInfo.InvariantCulture, out var place) || place < 1)
        {
            return new ResultStep(1, 0, null, null, $"“{Shorten(position)}” is not a place in a result list (a whole number from 1), so this document cannot be stepped through from it.");
        }

        var window = archive.Searcher.Around(request, place);
        if (window.Error is not null)
        {
            return new ResultStep(place, 0, null, null, $"The search this document was opened from cannot run: {window.Error}");
        }

        if (window.CurrentId != id)
        {
            var now = window.Total == 1 ? "1 document" : $"{window.Total:N0} documents";
            var problem = place > window.Total
                ? $"The search this document was opened from now finds {now}, so there is no result {place:N0}: the archive has changed since the list was shown."
                : $"This document is no longer result {place:N0} of the search it was opened from: the archive has changed since the list was shown.";
            return new ResultStep(place, window.Total, null, null, problem);
        }

        return new ResultStep(place, window.Total, Card(window.PreviousId), Card(window.NextId), null);

        DocumentCard? Card(string? neighbour) => neighbour is null ? null : archive.Relations.CardOf(neighbour);
    }

    /// <summary>A position as typed, cut short: it is shown back, and may be anything.</summary>
    private static string Shorten(string? text) => text is null ? "" : text.Length <= 20 ? text : text[..20] + "…";
}
