namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// What a ListIdentifiers or ListRecords request selects, and how far down the list a page starts:
/// the whole state of a harvest, which a resumption token carries so the server keeps none.
/// </summary>
/// <param name="From">The earliest datestamp selected, if bounded.</param>
/// <param name="Until">The latest datestamp selected, if bounded.</param>
/// <param name="Set">The set asked for, if any.</param>
/// <param name="Offset">How many of the selected records earlier pages gave.</param>
internal sealed record OaiListQuery(DateTimeOffset? From, DateTimeOffset? Until, string? Set, int Offset)
{
    /// <summary>
    /// The first page of the list a request's arguments ask for: in the one format offered
    /// (cannotDisseminateFormat), between its datestamps (badArgument), and in a set only where
    /// the repository has sets (noSetHierarchy); checked in that order.
    /// </summary>
    public static OaiListQuery FirstPage(OaiRequest request, bool hasSets)
    {
        OaiArguments.CheckFormat(request.Argument("metadataPrefix")!);
        var (from, until) = OaiDates.Range(request.Argument("from"), request.Argument("until"));
        var set = request.Argument("set");
        if (set is not null && !hasSets)
        {
            throw new OaiError("noSetHierarchy", "This repository has no sets.");
        }

        return new OaiListQuery(from, until, set, 0);
    }

    /// <summary>
    /// Whether a record is in the list: within the datestamps, and in the set or in a set below it
    /// (the protocol's sets nest by colons, so <c>archive</c> holds <c>archive:aprf</c>).
    /// </summary>
    public bool Selects(OaiHeader header) =>
        (From is not { } from || header.Datestamp >= from)
        && (Until is not { } until || header.Datestamp <= until)
        && (Set is null || header.SetSpecs.Any(s => s == Set || s.StartsWith(Set + ":", StringComparison.Ordinal)));
}
