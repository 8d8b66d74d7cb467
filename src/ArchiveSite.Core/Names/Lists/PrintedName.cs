using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Names.Lists;

/// <summary>
/// A name as a FRUS list prints it, read into its parts: "Khrushchev, Nikita S." is the family
/// name Khrushchev and the given names Nikita S.; "Dulles, Allen (Ascham, Robert A.)" adds a
/// pseudonym in parentheses; "Mao Tse-tung" and "Stalin", without a comma, are printed family
/// name first (or alone).
/// </summary>
/// <param name="Printed">The name exactly as printed.</param>
/// <param name="Family">The family name: before the comma, or the first word without one.</param>
/// <param name="Given">The given names as printed, titles included ("General Charles P."); empty when none.</param>
/// <param name="Note">What the parentheses add (a pseudonym, a party, "retired"); null when none.</param>
/// <param name="FamilyFirst">True when printed without a comma, family name first ("Mao Tse-tung").</param>
public sealed partial record PrintedName(string Printed, string Family, string Given, string? Note, bool FamilyFirst)
{
    // Ranks and forms of address printed before given names: not names, so never compared.
    private static readonly HashSet<string> Titles = new(StringComparer.OrdinalIgnoreCase)
    {
        "General", "Gen", "Lieutenant", "Lt", "Colonel", "Col", "Major", "Maj", "Captain", "Capt", "Admiral", "Adm", "Rear", "Vice",
        "Brigadier", "Marshal", "Field", "Commander", "Sir", "Lord", "Lady", "Dame", "Dr", "Mr", "Mrs", "Miss", "Ms", "Representative",
        "Senator", "Ambassador", "Judge", "Justice", "Prince", "Princess", "King", "Queen", "Sheikh", "Father", "Bishop", "Cardinal",
        "Archbishop", "Monsignor", "Rabbi", "Professor", "Prof", "Count", "Baron", "Jr", "Sr", "II", "III", "IV", "Army", "Navy", "Fleet", "Brig", "Cdr", "Comdr", "Gov", "Governor", "Sen", "Rep", "Amb", "Hon", "Rev", "Msgr", "Sgt",
        "Air", "Chief", "Minister", "President", "Premier", "Chancellor", "Secretary",
    };

    [GeneratedRegex(@"\s*\(([^()]*)\)?[”""]?\s*$")]
    private static partial Regex TrailingNote();

    /// <summary>Reads a printed name; never fails (an odd name becomes a family name alone).</summary>
    public static PrintedName Read(string printed)
    {
        var rest = printed.Trim();
        string? note = null;
        if (TrailingNote().Match(rest) is { Success: true } match && match.Index > 0)
        {
            note = match.Groups[1].Value.Trim();
            rest = rest[..match.Index].TrimEnd(' ', ',');
        }

        var comma = rest.IndexOf(',', StringComparison.Ordinal);
        if (comma > 0)
        {
            // "Lodge, Henry Cabot, Jr.": the suffix after a second comma follows the whole name.
            var given = rest[(comma + 1)..].Trim().TrimEnd(',');
            var last = given.LastIndexOf(',');
            var suffix = last > 0 && Suffixes.Contains(given[(last + 1)..].Trim().TrimEnd('.')) ? given[(last + 1)..].Trim() : null;
            return new PrintedName(printed, rest[..comma].Trim(), suffix is null ? given : given[..last].Trim(), note, false) { Suffix = suffix };
        }

        var space = rest.IndexOf(' ', StringComparison.Ordinal);
        return space < 0
            ? new PrintedName(printed, rest, "", note, true)
            : new PrintedName(printed, rest[..space], rest[(space + 1)..].Trim(), note, true);
    }

    private static readonly HashSet<string> Suffixes = new(StringComparer.OrdinalIgnoreCase) { "Jr", "Sr", "II", "III", "IV" };

    /// <summary>"Jr.", "III": printed after a second comma, written after the family name.</summary>
    public string? Suffix { get; init; }

    /// <summary>The name as a reader writes it: "Nikita S. Khrushchev", "Henry Cabot Lodge, Jr.", "Mao Tse-tung", "Stalin".</summary>
    public string Natural => (FamilyFirst || Given.Length == 0 ? (Given.Length == 0 ? Family : $"{Family} {Given}") : $"{Given} {Family}")
        + (Suffix is null ? "" : $", {Suffix}");

    /// <summary>The given names without titles, folded and split at spaces and after periods ("J.C." is "j", "c").</summary>
    public IReadOnlyList<string> GivenParts => _givenParts ??= Parts(Given);

    private IReadOnlyList<string>? _givenParts;

    /// <summary>The family name folded for comparing: lowercase, without accents, curly apostrophes straight.</summary>
    public string FamilyKey => Fold(Family);

    /// <summary>Lowercase and without diacritics: "Ch’En" and "Ch'en" are one, "Pérez" and "Perez" too.</summary>
    internal static string Fold(string text)
    {
        var decomposed = text.Replace('’', '\'').Normalize(NormalizationForm.FormD);
        var folded = new StringBuilder(decomposed.Length);
        foreach (var c in decomposed)
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) != UnicodeCategory.NonSpacingMark)
            {
                folded.Append(char.ToLowerInvariant(c));
            }
        }

        return folded.ToString().Normalize(NormalizationForm.FormC);
    }

    private static string[] Parts(string given) =>
        given.Replace(".", ". ", StringComparison.Ordinal)
            .Split([' ', ','], StringSplitOptions.RemoveEmptyEntries)
            .Select(p => p.TrimEnd('.'))
            .Where(p => p.Length > 0 && !Titles.Contains(p) && char.IsUpper(p[0]))
            .Select(Fold)
            .ToArray();

    /// <summary>
    /// True when two sets of given names may be one person's: word by word, each the same, an
    /// initial of the other ("S" and "Sergeyevich"), or the same word in another transliteration
    /// (two edits apart, same first letter: "Sergeevich", "Sergeyevich"); a name that stops early
    /// ("Allen" beside "Allen W.") agrees. Both must have given names: an empty one agrees with
    /// everything and is decided elsewhere.
    /// </summary>
    public static bool Compatible(IReadOnlyList<string> a, IReadOnlyList<string> b)
    {
        if (a.Count == 0 || b.Count == 0)
        {
            return false;
        }

        for (var i = 0; i < Math.Min(a.Count, b.Count); i++)
        {
            if (!SameWord(a[i], b[i]))
            {
                return false;
            }
        }

        return true;
    }

    private static bool SameWord(string a, string b) =>
        a == b
        || (a[0] == b[0] && (a.Length == 1 || b.Length == 1))
        || (a[0] == b[0] && Math.Min(a.Length, b.Length) >= 5 && EditDistance.Of(a, b) <= 2);
}
