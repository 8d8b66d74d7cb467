using System.Text.RegularExpressions;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// archival-reference: the file number a citation gives, as written, which a researcher copies
/// from a footnote: the decimal file of <c>Department of State, Central Files, 611.61/1–2455</c>
/// (<c>611.61/1–2455</c>, without a trailing <c>: Telegram</c>), or, for a reference with
/// Russian-style levels, <c>Fond 45 Opis 1 Delo 347</c>. The typed text needs no escaping: our
/// parser reads a slash inside a word as a character, and an en dash or a dot is no syntax.
/// The rule: records in a random order; their first reference with such a number; relevant are
/// all the records whose citation gives the same number (dashes and spaces around them
/// normalised); numbers shared by more than <see cref="MaxRecords"/> records, and numbers
/// already asked, are skipped.
/// </summary>
internal static partial class ArchivalReferences
{
    /// <summary>The most records a number may name: beyond, it is a file, not a known item.</summary>
    public const int MaxRecords = 5;

    // The State Department's decimal file: a class number of three digits and its subdivisions,
    // optionally a country or subject word, a slash, and the date as month–dayyear: 611.61/1–2455,
    // 794.5 MSP/12–3053, 501.BC Indonesia/4–1649, 611.4841/9 – 1362.
    [GeneratedRegex(@"^\d{3}[^/,:]{0,30}/\s?\d{1,2}\s?[–-]\s?\d{2,4}$", RegexOptions.CultureInvariant)]
    private static partial Regex DecimalFileRegex();

    [GeneratedRegex(@"\s*[–—-]\s*", RegexOptions.CultureInvariant)]
    private static partial Regex DashRegex();

    /// <summary>Up to <paramref name="count"/> queries.</summary>
    public static IReadOnlyList<QualityQuery> Generate(Corpus corpus, int count, Random random)
    {
        var numbers = corpus.Records.Select(r => r.Document.Citation.References.Select(Number).OfType<string>().ToArray()).ToArray();
        var holders = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var r = 0; r < numbers.Length; r++)
        {
            foreach (var key in numbers[r].Select(Key).Distinct(StringComparer.Ordinal))
            {
                (holders.TryGetValue(key, out var list) ? list : holders[key] = []).Add(r);
            }
        }

        var asked = new HashSet<string>(StringComparer.Ordinal);
        var queries = new List<QualityQuery>();
        foreach (var r in corpus.Shuffled(random))
        {
            if (queries.Count == count)
            {
                break;
            }

            if (numbers[r].FirstOrDefault() is { } number && holders[Key(number)] is { Count: <= MaxRecords } records && asked.Add(Key(number)))
            {
                var relevant = records.Select(i => corpus.Records[i].Document.Id).ToArray();
                queries.Add(new QualityQuery(FamilyNames.ArchivalReference, queries.Count + 1, ResearcherWords.Of(number), false, relevant));
            }
        }

        return queries;
    }

    /// <summary>The number of a reference as a researcher types it, or null when it has none this family knows.</summary>
    public static string? Number(ArchivalReference reference)
    {
        var levels = new[] { ArchivalLevelKind.Fond, ArchivalLevelKind.Opis, ArchivalLevelKind.Delo }
            .Where(kind => reference[kind] is not null)
            .Select(kind => $"{kind} {reference[kind]}")
            .ToArray();
        if (levels.Length > 0)
        {
            return string.Join(' ', levels);
        }

        return reference.Archive.Split(',', StringSplitOptions.TrimEntries)
            .Select(part => part.Split(':')[0].Trim())
            .FirstOrDefault(part => DecimalFileRegex().IsMatch(part));
    }

    /// <summary>The number compared: dashes of any kind, with or without spaces, as one hyphen; case ignored.</summary>
    public static string Key(string number) => DashRegex().Replace(number, "-").ToUpperInvariant();
}
