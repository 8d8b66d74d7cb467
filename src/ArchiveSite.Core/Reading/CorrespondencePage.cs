using ArchiveSite.Core.Archive;
using ArchiveSite.Core.People;

namespace ArchiveSite.Core.Reading;

/// <summary>
/// Every record between two people, either way and through go-betweens, in date order: with the
/// reply links inferred at indexing, the counts and spans of each way, and the research leads
/// (<see cref="CorrespondenceRules"/>: long silences, numbers missing from a series, records that
/// drew no known reply). Read from the directory of people (the records of the pair, gathered
/// with everyone's counts), doc values and cards: in proportion to the correspondence, never a
/// walk of the archive.
/// </summary>
/// <param name="A">The first person, in the page's canonical order.</param>
/// <param name="B">The second person.</param>
/// <param name="Letters">Every record, in date order, with its answers and leads.</param>
/// <param name="Gaps">The silences and numbering gaps, each placed before the record that ends it.</param>
/// <param name="AToB">The records from <paramref name="A"/> to <paramref name="B"/>.</param>
/// <param name="BToA">The records from <paramref name="B"/> to <paramref name="A"/>.</param>
/// <param name="MedianInterval">The median days between consecutive dated records; null with fewer than two.</param>
/// <param name="Page">The 1-based page shown.</param>
/// <param name="LongNumberRuns">How many runs of more than <see cref="CorrespondenceRules.NumberingGapLimit"/> numbers are missing from a series (counted, not marked).</param>
public sealed record CorrespondencePage(PersonStats A, PersonStats B, IReadOnlyList<CorrespondenceLetter> Letters, IReadOnlyList<CorrespondenceGap> Gaps,
    DirectionSpan AToB, DirectionSpan BToA, double? MedianInterval, int Page, int LongNumberRuns)
{
    /// <summary>Records a page lists; counts, spans and leads are over the whole correspondence.</summary>
    public const int PageSize = 100;

    /// <summary>How many pages the records fill.</summary>
    public int PageCount => Math.Max(1, ((Letters.Count - 1) / PageSize) + 1);

    /// <summary>This page's records.</summary>
    public IReadOnlyList<CorrespondenceLetter> PageLetters => Letters.Skip((Page - 1) * PageSize).Take(PageSize).ToArray();

    /// <summary>The gaps that end at record <paramref name="id"/>: silences first, then numbering gaps.</summary>
    public IEnumerable<CorrespondenceGap> GapsBefore(string id) =>
        Gaps.Where(g => g.BeforeId == id).OrderBy(g => g.IsNumbering);

    /// <summary>The record of this correspondence with id <paramref name="id"/>, or null.</summary>
    public CorrespondenceLetter? Find(string id) => Letters.FirstOrDefault(l => l.Id == id);

    /// <summary>The page (1-based) that lists record <paramref name="id"/>; 0 when none does.</summary>
    public int PageOf(string id)
    {
        for (var i = 0; i < Letters.Count; i++)
        {
            if (Letters[i].Id == id)
            {
                return (i / PageSize) + 1;
            }
        }

        return 0;
    }

    /// <summary>
    /// True when <paramref name="a"/> and <paramref name="b"/> are in the order the page is served
    /// in (ordinal order of the ids): a correspondence has one address; the other order redirects there.
    /// </summary>
    public static bool IsCanonical(string a, string b) => string.CompareOrdinal(a, b) < 0;

    /// <summary>The address of the correspondence between the people with page ids <paramref name="a"/> and <paramref name="b"/>, in canonical order.</summary>
    public static string Address(string a, string b) =>
        IsCanonical(a, b) ? $"/correspondence/{Uri.EscapeDataString(a)}/{Uri.EscapeDataString(b)}" : Address(b, a);

    /// <summary>
    /// The correspondence between the people with page ids <paramref name="a"/> and <paramref name="b"/>
    /// (distinct), page <paramref name="page"/>; or the id the archive names nobody by.
    /// </summary>
    public static (CorrespondencePage? Page, string? UnknownId) Read(ArchiveSnapshot archive, string a, string b, int page)
    {
        var directory = archive.Searcher.People;
        if (directory.Find(a) is not { } first)
        {
            return (null, a);
        }

        if (directory.Find(b) is not { } second)
        {
            return (null, b);
        }

        var letters = archive.Searcher.Correspondence(a, b)
            .Select(r => archive.Relations.StoredCardOf(r.Id) is { } card
                ? new CorrespondenceLetter(card.Card, r.FromA, r.Through, r.Number, r.Day, card.InReplyTo, card.ReplyReason)
                : null)
            .OfType<CorrespondenceLetter>();
        var ordered = CorrespondenceRules.WithReplies(CorrespondenceRules.InDateOrder(letters));
        var numbering = CorrespondenceRules.NumberingGaps(ordered);
        var gaps = CorrespondenceRules.Silences(ordered).Concat(numbering.Where(g => g.MissingCount <= CorrespondenceRules.NumberingGapLimit)).ToArray();
        var correspondence = new CorrespondencePage(first, second, ordered, gaps,
            CorrespondenceRules.Span(ordered, fromA: true), CorrespondenceRules.Span(ordered, fromA: false),
            CorrespondenceRules.MedianInterval(ordered), 1, numbering.Count(g => g.MissingCount > CorrespondenceRules.NumberingGapLimit));
        return (correspondence with { Page = Math.Clamp(page, 1, correspondence.PageCount) }, null);
    }
}
