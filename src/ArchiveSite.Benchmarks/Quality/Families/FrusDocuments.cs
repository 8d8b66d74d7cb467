using System.Text.RegularExpressions;

namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// frus-document: a FRUS document as a researcher cites it, by the volume's years, number and
/// part and the document's number, words only: <c>1961–1963 Volume I Document 112</c>,
/// <c>1948 Volume I Part 2 Document 73</c>, <c>1969–1976 Volume E–13 Document 1</c>, read from
/// the citation's volume (<see cref="Core.Documents.Citation.Publisher"/>). Volumes without a
/// number (<c>1952–1954, Guatemala</c>) are left out. The rule: records in a random order, kept
/// when no other record has the same years, volume, part and document.
/// </summary>
internal static partial class FrusDocuments
{
    [GeneratedRegex(@"^Foreign Relations of the United States, (?<years>\d{4}(?:[–-]\d{2,4})?)\b.*?\bVolume (?<volume>[IVXLC]+|E[–-]\d+|\d+)\b(?:, Part (?<part>\d+))?.*?\bDocument (?<document>\d+[A-Za-z]?)$", RegexOptions.CultureInvariant)]
    private static partial Regex VolumeRegex();

    /// <summary>Up to <paramref name="count"/> queries.</summary>
    public static IReadOnlyList<QualityQuery> Generate(Corpus corpus, int count, Random random)
    {
        var cited = corpus.Records.Select(r => Cited(r.Document.Citation.Publisher)).ToArray();
        var holders = cited.OfType<string>().CountBy(c => c, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return corpus.Shuffled(random)
            .Where(r => cited[r] is { } text && holders[text] == 1)
            .Take(count)
            .Select((r, i) => new QualityQuery(FamilyNames.FrusDocument, i + 1, ResearcherWords.Of(cited[r]!), false, [corpus.Records[r].Document.Id]))
            .ToArray();
    }

    /// <summary>The volume and document as typed, or null when the publisher names no numbered FRUS volume.</summary>
    public static string? Cited(string? publisher)
    {
        var match = publisher is null ? Match.Empty : VolumeRegex().Match(publisher);
        if (!match.Success)
        {
            return null;
        }

        var part = match.Groups["part"].Success ? $" Part {match.Groups["part"].Value}" : "";
        return $"{match.Groups["years"].Value} Volume {match.Groups["volume"].Value}{part} Document {match.Groups["document"].Value}";
    }
}
