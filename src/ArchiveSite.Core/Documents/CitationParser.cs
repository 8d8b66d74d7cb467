using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Splits a citation into its parts. The shape is
/// <c>"Title", Date, Publisher, Reference [and Reference] URL</c>; FRUS citations put a volume title
/// with commas of its own where the publisher stands, ending in <c>Document N</c>.
/// </summary>
public static partial class CitationParser
{
    [GeneratedRegex(@"^(?:" + ArchiveDateParser.LeadingDatePattern + @")(?=\s*(?:,|$))",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LeadingDateRegex();

    [GeneratedRegex(@"^(?<publisher>.*?\bDocument\s+\d+[A-Za-z]?)\s*(?:,|$)", RegexOptions.CultureInvariant)]
    private static partial Regex VolumePublisherRegex();

    private static readonly char[] OpeningQuotes = ['"', '“', '„', '«'];
    private static readonly char[] ClosingQuotes = ['"', '”', '“', '»'];

    /// <summary>
    /// Parses a citation. Returns null and an explanation when it has no source URL, the one part
    /// every record needs: its permalink id comes from there.
    /// </summary>
    public static Citation? Parse(string text, out string? error)
    {
        error = null;
        if (TrailingUrl(text) is not var (urlStart, url))
        {
            error = "its citation has no source URL (http:// or https://) at the end, so the record has no stable id";
            return null;
        }

        var rest = text[..urlStart].TrimEnd();

        var (quotedTitle, afterTitle) = SplitQuotedTitle(rest);
        afterTitle = afterTitle.TrimStart(',', ' ');

        string? dateText = null;
        var dateMatch = LeadingDateRegex().Match(afterTitle);
        if (dateMatch.Success)
        {
            dateText = dateMatch.Value;
            afterTitle = afterTitle[dateMatch.Length..].TrimStart(',', ' ');
        }
        else if (UnrecognisedDate(afterTitle) is { } unrecognised)
        {
            // Kept as written so the record can say what it could not read; the record parser
            // serves such a record as undated rather than losing it.
            dateText = unrecognised;
            afterTitle = afterTitle[unrecognised.Length..].TrimStart(',', ' ');
        }

        var (publisher, referenceText) = SplitPublisher(afterTitle);
        return new Citation(text, quotedTitle, dateText, publisher, ArchivalReferenceParser.Parse(referenceText), url);
    }

    /// <summary>
    /// The source URL at the end of a citation, and where it starts (at its '&lt;' when bracketed):
    /// <c>http://</c> or <c>https://</c> and at least one more character, no white space, '&lt;',
    /// '&gt;' or '"', optionally closed by '&gt;', with only white space and <c>. , ; )</c> after
    /// it, which are not part of the URL. Null when the citation does not end so.
    /// </summary>
    /// <remarks>
    /// A scan from the end rather than the regex <c>&lt;?(?&lt;url&gt;https?://[^\s&lt;&gt;"]+?)&gt;?(?=[\s.,;)]*$)</c>
    /// it replaces and agrees with (a property test holds the two together): that regex grew the
    /// URL one character at a time and checked the whole rest of the text each time, so a citation
    /// of one long run of dots took minutes (tests/fuzz/regressions/).
    /// </remarks>
    internal static (int Start, string Url)? TrailingUrl(string text)
    {
        // The tail that may follow the URL; the URL ends where it begins, or before a closing '>'.
        var tail = text.Length;
        while (tail > 0 && IsAfterUrl(text[tail - 1]))
        {
            tail--;
        }

        var end = tail > 0 && text[tail - 1] == '>' ? tail - 1 : tail;

        // A URL holds no white space, '<', '>' or '"', so it lies in the run of such characters
        // that ends there, and starts at that run's first "http://" or "https://".
        var run = end;
        while (run > 0 && IsInUrl(text[run - 1]))
        {
            run--;
        }

        var scheme = text.AsSpan(run, end - run).IndexOf("http", StringComparison.Ordinal);
        while (scheme >= 0 && !IsScheme(text, run + scheme))
        {
            var next = text.AsSpan(run + scheme + 1, end - run - scheme - 1).IndexOf("http", StringComparison.Ordinal);
            scheme = next < 0 ? -1 : scheme + 1 + next;
        }

        if (scheme < 0)
        {
            return null;
        }

        var start = run + scheme;
        var schemeLength = text[start + 4] == 's' ? "https://".Length : "http://".Length;
        var urlEnd = end;
        if (urlEnd - start == schemeLength)
        {
            // Nothing after the scheme: the URL takes one character of the tail, which must not be
            // white space, and there must be no closing '>' (it cannot be inside a URL).
            if (end != tail || tail == text.Length || char.IsWhiteSpace(text[tail]))
            {
                return null;
            }

            urlEnd = tail + 1;
        }

        var opening = start > 0 && text[start - 1] == '<' ? start - 1 : start;
        return (opening, text[start..urlEnd]);
    }

    private static bool IsAfterUrl(char c) => char.IsWhiteSpace(c) || c is '.' or ',' or ';' or ')';

    private static bool IsInUrl(char c) => !char.IsWhiteSpace(c) && c is not '<' and not '>' and not '"';

    private static bool IsScheme(string text, int at) =>
        text.AsSpan(at).StartsWith("http://", StringComparison.Ordinal) || text.AsSpan(at).StartsWith("https://", StringComparison.Ordinal);

    /// <summary>
    /// Finds the quoted title. Titles may hold quotation marks of their own, so the closing mark is
    /// the first one after which a date (or "undated") follows; failing that, the first followed by a comma.
    /// </summary>
    internal static (string? Title, string Remainder) SplitQuotedTitle(string text)
    {
        var trimmed = text.TrimStart();
        if (trimmed.Length == 0 || Array.IndexOf(OpeningQuotes, trimmed[0]) < 0)
        {
            return (null, trimmed);
        }

        int? fallback = null;
        for (var i = 1; i < trimmed.Length; i++)
        {
            if (Array.IndexOf(ClosingQuotes, trimmed[i]) < 0)
            {
                continue;
            }

            // Spans, not substrings: a copy of the rest of the text at every quotation mark made a
            // citation of 100,000 marks take minutes (tests/fuzz/regressions/).
            var after = trimmed.AsSpan(i + 1);
            if (LeadingDateRegex().IsMatch(after.TrimStart(", ")))
            {
                return (CleanTitle(trimmed[1..i]), trimmed[(i + 1)..]);
            }

            if (after.TrimStart().StartsWith(',') || trimmed[i - 1] == ',')
            {
                fallback ??= i;
            }
        }

        return fallback is { } f ? (CleanTitle(trimmed[1..f]), trimmed[(f + 1)..]) : (null, trimmed);
    }

    /// <summary>
    /// What stands where the date should: everything before a FRUS volume title, else the first
    /// comma-separated part, as long as it looks like an attempt at a date (a digit or a month).
    /// </summary>
    private static string? UnrecognisedDate(string text)
    {
        var volume = text.IndexOf("Foreign Relations of the United States", StringComparison.Ordinal);
        string candidate;
        if (volume > 0)
        {
            candidate = text[..volume].TrimEnd(',', ' ');
        }
        else
        {
            // The first part, and a year after its comma ("Juni 5, 1950"): the year belongs to the date.
            var parts = text.Split(',');
            candidate = parts[0].Trim();
            if (parts.Length > 1 && parts[1].Trim() is { Length: 4 } year && year.All(char.IsAsciiDigit))
            {
                candidate = text[..(parts[0].Length + 1 + parts[1].Length)].Trim();
            }
        }

        return candidate.Length > 0 && (candidate.Any(char.IsDigit) || MonthWordRegex().IsMatch(candidate)) ? candidate : null;
    }

    // Whole month names, or abbreviations with their period: "Marshall Papers" or "Mayor's Office" is a publisher, not a date.
    [GeneratedRegex(@"\b(?:January|February|March|April|May|June|July|August|September|October|November|December|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)\.)(?=\s|,|$)", RegexOptions.CultureInvariant)]
    private static partial Regex MonthWordRegex();

    private static string CleanTitle(string title) => title.Trim().TrimEnd(',').TrimEnd();

    private static (string? Publisher, string References) SplitPublisher(string text)
    {
        if (text.Length == 0)
        {
            return (null, "");
        }

        var volume = VolumePublisherRegex().Match(text);
        if (volume.Success)
        {
            return (volume.Groups["publisher"].Value.Trim(), text[volume.Length..].Trim());
        }

        var comma = text.IndexOf(',');
        return comma < 0 ? (text.Trim(), "") : (text[..comma].Trim(), text[(comma + 1)..].Trim());
    }
}
