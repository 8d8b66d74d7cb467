namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// title-date: a record's title and its date as the citation writes it, words only
/// (<c>Memorandum of Conversation May 5 1955</c>), as a researcher copies them from a footnote.
/// The rule: records in a random order that have a date, kept only when no other record has the
/// same title and date (compared as lowercased runs of letters and digits), so the known item is
/// the one answer; titles over <see cref="MaxCharacters"/> characters are left out (the query limit is 1,000).
/// </summary>
internal static class TitleDates
{
    /// <summary>The longest title and date kept.</summary>
    public const int MaxCharacters = 900;

    /// <summary>Up to <paramref name="count"/> queries.</summary>
    public static IReadOnlyList<QualityQuery> Generate(Corpus corpus, int count, Random random)
    {
        var keys = corpus.Records.Select(r => Typed(r) is { } text ? Key(text) : null).ToArray();
        var holders = keys.OfType<string>().CountBy(k => k, StringComparer.Ordinal).ToDictionary(kv => kv.Key, kv => kv.Value, StringComparer.Ordinal);
        return corpus.Shuffled(random)
            .Where(r => keys[r] is { } key && holders[key] == 1)
            .Take(count)
            .Select((r, i) => new QualityQuery(FamilyNames.TitleDate, i + 1, ResearcherWords.Of(Typed(corpus.Records[r])!), false, [corpus.Records[r].Document.Id]))
            .ToArray();
    }

    /// <summary>Title and citation date as one text, or null for an undated or overlong one.</summary>
    private static string? Typed(CorpusRecord record)
    {
        var date = record.Document.Citation.DateText;
        if (record.Document.Date is null || date is null)
        {
            return null;
        }

        var text = record.Document.Title + " " + date;
        return text.Length > MaxCharacters ? null : text;
    }

    private static string Key(string text) => string.Join(' ', ResearcherWords.Runs(text));
}
