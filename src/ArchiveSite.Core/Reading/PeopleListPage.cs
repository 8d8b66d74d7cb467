using ArchiveSite.Core.Archive;
using ArchiveSite.Core.People;

namespace ArchiveSite.Core.Reading;

/// <summary>The order of the list of people.</summary>
public enum PeopleOrder
{
    /// <summary>A–Z, family names first.</summary>
    Name,

    /// <summary>Most records first.</summary>
    Documents,
}

/// <summary>Everyone the archive names, one page of them, A–Z (optionally from one letter) or by how many records.</summary>
/// <param name="People">This page's people.</param>
/// <param name="Total">How many people the list has (in the letter, when one is chosen).</param>
/// <param name="PageCount">How many pages.</param>
/// <param name="Letters">The initial letters that have people, for the A–Z links.</param>
public sealed record PeopleListPage(IReadOnlyList<PersonStats> People, int Total, int PageCount, IReadOnlyList<string> Letters)
{
    /// <summary>People per page.</summary>
    public const int PageSize = 100;

    /// <summary>The order a URL's <c>sort</c> names (<c>name</c>, <c>documents</c>); null when it names none.</summary>
    public static PeopleOrder? ParseOrder(string? sort) => sort switch
    {
        null or "" or "name" => PeopleOrder.Name,
        "documents" => PeopleOrder.Documents,
        _ => null,
    };

    /// <summary>One page of the list; an empty page past the end.</summary>
    public static PeopleListPage Read(ArchiveSnapshot archive, PeopleOrder order, string? letter, int page)
    {
        var everyone = archive.Searcher.People.Everyone;
        var chosen = string.IsNullOrEmpty(letter) ? everyone : everyone.Where(p => LetterOf(p) == letter).ToArray();
        var ordered = order == PeopleOrder.Documents
            ? chosen.OrderByDescending(p => p.Documents).ThenBy(p => p.SortKey, StringComparer.OrdinalIgnoreCase).ToArray()
            : chosen;
        var pageCount = Math.Max(1, (ordered.Count + PageSize - 1) / PageSize);
        var letters = everyone.Select(LetterOf).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        return new PeopleListPage(ordered.Skip((Math.Max(page, 1) - 1) * PageSize).Take(PageSize).ToArray(), ordered.Count, pageCount, letters);
    }

    /// <summary>The letter a person files under: the sort key's first letter, without accents, or # for anything else.</summary>
    public static string LetterOf(PersonStats person)
    {
        var first = Names.Lists.PrintedName.Fold(person.SortKey.TrimStart()).FirstOrDefault();
        return first is >= 'a' and <= 'z' ? char.ToUpperInvariant(first).ToString() : "#";
    }
}
