using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Quotations;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Reading;

/// <summary>One document a quotation was found in.</summary>
/// <param name="Document">The text the best match is in (an earlier text when <see cref="IsCurrent"/> is false).</param>
/// <param name="Version">That text's version and first sighting.</param>
/// <param name="IsCurrent">True when the best match is in the text served now.</param>
/// <param name="Place">The paragraph or note, the matching stretch and the differences.</param>
/// <param name="Permalink">The versioned permalink of the matching text, with the place's anchor: <c>…/documents/112082/v/abc…#p3</c>.</param>
/// <param name="Citation">A Chicago note of the passage (<c>¶ 3</c>), with that permalink.</param>
/// <param name="CurrentVersion">The version served now.</param>
/// <param name="CurrentPlace">When the best match is in an earlier text: where the current text matches best (null when it no longer does).</param>
public sealed record QuoteMatch(ArchiveDocument Document, VersionInfo Version, bool IsCurrent, QuotePlace Place, string Permalink, FormattedCitation Citation, string CurrentVersion, QuotePlace? CurrentPlace);

/// <summary>
/// Checking a quotation (<c>/quote?text=…</c>): the documents and paragraphs where a passage
/// stands, exactly or nearly, best first, each with its differences word by word, its ¶ anchor,
/// the versioned permalink of the text that matches and a citation. The work is bounded: one
/// index query for <see cref="Candidates"/> records, each record's page read from the page store,
/// its <see cref="QuoteSearch.PlacesPerText"/> most likely places aligned, its
/// <see cref="EarlierTextsPerDocument"/> newest earlier texts (from the version store) too, within
/// the check's <see cref="QuoteSearch.CellBudget"/>.
/// </summary>
/// <param name="Text">The quotation as typed.</param>
/// <param name="Matches">The documents found, best first, at most <see cref="MaxMatches"/>.</param>
/// <param name="Error">Why the quotation cannot be checked (too long, too few words); null otherwise.</param>
/// <param name="Words">The quotation's words.</param>
/// <param name="Candidates">The records the index offered and were aligned.</param>
/// <param name="EarlierTexts">Earlier texts of those records aligned.</param>
/// <param name="Stopped">True when the alignment budget ran out before every candidate was aligned.</param>
public sealed record QuotePage(string Text, IReadOnlyList<QuoteMatch> Matches, string? Error, int Words, int Candidates, int EarlierTexts, bool Stopped)
{
    /// <summary>The longest quotation checked, in characters: a long paragraph, and an address well under the server's 8 KB request line.</summary>
    public const int MaxCharacters = 3000;

    /// <summary>The most words checked.</summary>
    public const int MaxWords = 300;

    /// <summary>The fewest words worth checking: one or two words are a search.</summary>
    public const int MinWords = 3;

    /// <summary>Records the index is asked for.</summary>
    public const int CandidateCount = 30;

    /// <summary>Earlier texts of one record aligned, the newest first.</summary>
    public const int EarlierTextsPerDocument = 5;

    /// <summary>Documents shown.</summary>
    public const int MaxMatches = 10;

    /// <summary>The lowest <see cref="QuoteAlignment.Score"/> shown: half the quotation's words in order.</summary>
    public const double MinScore = 0.5;

    /// <summary>Why <paramref name="text"/> cannot be checked, before any work; null when it can (or is empty: the form alone).</summary>
    public static string? Problem(string? text, IReadOnlyList<QuoteWord>? words = null)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (text.Length > MaxCharacters)
        {
            return $"The quotation is {text.Length:N0} characters long; the limit is {MaxCharacters:N0} (about {MaxWords} words). Check its most distinctive sentences.";
        }

        if (words is null)
        {
            return null;
        }

        if (words.Count > MaxWords)
        {
            return $"The quotation has {words.Count:N0} words; the limit is {MaxWords}. Check its most distinctive sentences.";
        }

        return words.Count < MinWords
            ? $"The quotation has {(words.Count == 0 ? "no words" : words.Count == 1 ? "one word" : "two words")}; a check needs at least {MinWords}. To find a word or two, search for them."
            : null;
    }

    /// <summary>Checks <paramref name="text"/> against <paramref name="archive"/>; citations as of <paramref name="today"/>.</summary>
    public static async Task<QuotePage> ReadAsync(ArchiveSnapshot archive, string? text, SiteIdentity site, DateOnly today)
    {
        text ??= "";
        if (string.IsNullOrWhiteSpace(text) || Problem(text) is not null)
        {
            return new QuotePage(text, [], Problem(text), 0, 0, 0, false);
        }

        var check = new QuoteSearch(text, archive.Searcher.Names);
        if (Problem(text, check.Words) is { } problem)
        {
            return new QuotePage(text, [], problem, check.Words.Count, 0, 0, false);
        }

        var versions = await archive.VersionsReady;
        var ids = archive.Searcher.QuoteCandidates(check.Quotation, CandidateCount);
        var found = new List<(QuoteMatch Match, int Rank)>();
        var earlierTexts = 0;
        var aligned = 0;
        foreach (var (id, rank) in ids.Select((id, rank) => (id, rank)))
        {
            if (check.OverBudget)
            {
                break;
            }

            if (archive.Entry(id) is not { } entry || archive.Searcher.GetPage(id) is not { } page)
            {
                continue;
            }

            aligned++;
            var current = check.Best(page.BodyHtml);
            var best = (Place: current, Document: page.Document, Version: new VersionInfo(entry.Version, entry.FirstSeen));
            foreach (var earlier in versions.History(id).Where(v => v.Version != entry.Version).Reverse().Take(EarlierTextsPerDocument))
            {
                if (versions.Find(id, earlier.Version) is not { } stored)
                {
                    continue;
                }

                earlierTexts++;
                if (check.Best(MarkdownRenderer.RenderBody(stored.Document)) is { } place && place.Alignment.Score > (best.Place?.Alignment.Score ?? 0))
                {
                    best = (place, stored.Document, stored.Info);
                }
            }

            if (best.Place is not { } shown || shown.Alignment.Score < MinScore)
            {
                continue;
            }

            var isCurrent = best.Version.Version == entry.Version;
            var permalink = site.VersionedPermalink(id, best.Version.Version) + "#" + shown.Fragment;
            var context = site.Citation(best.Document, best.Version.Version, archive.Searcher.Names, today) with { Permalink = permalink };
            found.Add((new QuoteMatch(best.Document, best.Version, isCurrent, shown, permalink, CitationStyles.ChicagoNote(context, shown.Label), entry.Version, isCurrent ? null : current), rank));
        }

        var matches = found
            .OrderByDescending(f => f.Match.Place.Alignment.Score)
            .ThenBy(f => f.Rank)
            .Take(MaxMatches)
            .Select(f => f.Match)
            .ToArray();
        return new QuotePage(text, matches, null, check.Words.Count, aligned, earlierTexts, check.OverBudget);
    }
}
