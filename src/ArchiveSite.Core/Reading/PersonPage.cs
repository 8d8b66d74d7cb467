using System.Globalization;
using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Names.Lists;
using ArchiveSite.Core.People;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Reading;

/// <summary>
/// A person's page: who they were (as the authority and the volumes' lists say, never more), the
/// spellings the records use, when they appear, what they sent, received, passed on and are
/// mentioned in (counts; the lists themselves are searches), and whom they wrote with most.
/// </summary>
/// <param name="Stats">The counts.</param>
/// <param name="Person">The authority's or the lists' person; null for a correspondent no list knows.</param>
/// <param name="Roles">Who they were in each volume whose List of Names has them, in volume order.</param>
/// <param name="Spellings">The spellings the records use, most used first.</param>
/// <param name="Timeline">Their records by month or year.</param>
/// <param name="Correspondents">Whom they wrote to or heard from most, with how many records.</param>
public sealed record PersonPage(PersonStats Stats, Person? Person, IReadOnlyList<ListedRole> Roles, IReadOnlyList<VariantCount> Spellings,
    Timeline Timeline, IReadOnlyList<(PersonStats Other, int Records)> Correspondents)
{
    /// <summary>How many correspondents a page names.</summary>
    public const int CorrespondentsShown = 12;

    /// <summary>The earliest record's day, when any is dated.</summary>
    public DateOnly? FirstDay => Day(Stats.First);

    /// <summary>The latest record's day, when any is dated.</summary>
    public DateOnly? LastDay => Day(Stats.Last);

    /// <summary>The page of the person with page id <paramref name="id"/>, or null when the archive names nobody so.</summary>
    public static PersonPage? Read(ArchiveSnapshot archive, string id)
    {
        var directory = archive.Searcher.People;
        if (directory.Find(id) is not { } stats)
        {
            return null;
        }

        var names = archive.Searcher.Names;
        var person = stats.PersonId is { } personId ? names.Find(personId) : null;
        var roles = stats.PersonId is { } listed ? names.Lists.Find(listed)?.Roles ?? [] : [];
        var spellings = person is null ? [] : PersonVariants.Count([person], stats.Spellings).SingleOrDefault()?.Variants ?? [];
        var correspondents = stats.Correspondents
            .Select(kv => (Other: directory.Find(kv.Key)!, Records: kv.Value))
            .OrderByDescending(c => c.Records).ThenBy(c => c.Other.SortKey, StringComparer.OrdinalIgnoreCase)
            .Take(CorrespondentsShown).ToArray();
        return new PersonPage(stats, person, roles, spellings, Timeline.Build(stats.Documents, stats.Years, stats.Months), correspondents);
    }

    private static DateOnly? Day(int number) =>
        number == 0 ? null : DateOnly.ParseExact(number.ToString("D8", CultureInfo.InvariantCulture), "yyyyMMdd", CultureInfo.InvariantCulture);

    /// <summary>The facets a person's correspondence is searched by.</summary>
    public static (string Sent, string Received, string Via) FacetKeys => (Facets.Sender.Key, Facets.Recipient.Key, Facets.Via.Key);
}
