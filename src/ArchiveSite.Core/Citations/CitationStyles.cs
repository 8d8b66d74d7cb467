using System.Globalization;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Citations;

/// <summary>A stretch of a formatted citation; titles and containers are italic in some styles.</summary>
/// <param name="Text">The text.</param>
/// <param name="Italic">True to set it in italics.</param>
public sealed record CitationRun(string Text, bool Italic = false);

/// <summary>A citation in one style, as runs (for HTML, with italics) and as plain text (for copying).</summary>
/// <param name="Key">A short key for ids and URLs: <c>chicago-note</c>.</param>
/// <param name="Label">The style's name for researchers: <c>Chicago (note)</c>.</param>
/// <param name="Runs">The citation's text in order.</param>
public sealed record FormattedCitation(string Key, string Label, IReadOnlyList<CitationRun> Runs)
{
    /// <summary>The citation without formatting.</summary>
    public string PlainText => string.Concat(Runs.Select(r => r.Text));
}

/// <summary>
/// The citation styles historians are asked for: Chicago notes and bibliography (17th ed.), MLA 9
/// and APA 7, for an unpublished archival document read in a digital copy. Each names the
/// original's location exactly as the archive gives it (<c>APRF, Fond 45, Opis 1, Delo 347,
/// Listy 90-91</c>), the publisher of the digital copy as the record names it, this site with the
/// permalink, and the day of access. The record's date keeps its precision: a record dated
/// "November 1950" is never cited with a day. The sender is the author: Chicago cites
/// correspondence as "Sender to Recipient, telegram, date, location" (14.219ff.), MLA and APA lead
/// with the author before the title. No author is invented: for a record whose sender is not
/// known each style leads with the title, as its rules say for a work without an author.
/// </summary>
public static class CitationStyles
{
    private static readonly CultureInfo English = CultureInfo.InvariantCulture;

    /// <summary>Every style, in the order shown on the detail page.</summary>
    public static IReadOnlyList<FormattedCitation> All(CitationContext context) =>
        [ChicagoNote(context), ChicagoBibliography(context), Mla(context), Apa(context)];

    /// <summary>
    /// Chicago note: <c>Joseph Stalin to Kim Il Sung (via Terentii Shtykov), telegram, November 20,
    /// 1950, APRF, Fond 45, …, Wilson Center Digital Archive, ArchiveSite, accessed November 23,
    /// 2026, https://….</c> Without a known sender: <c>"Title," November 20, 1950, …</c>
    /// </summary>
    public static FormattedCitation ChicagoNote(CitationContext c) => ChicagoNote(c, null);

    /// <summary>
    /// Chicago note of a passage: the note with its place in the text after the date (<c>…,
    /// November 20, 1950, ¶ 3, APRF, …</c>), as Chicago gives a page or paragraph number (14.154).
    /// The context's permalink should point to the passage.
    /// </summary>
    public static FormattedCitation ChicagoNote(CitationContext c, string? locator) => new("chicago-note", "Chicago (note)",
    [
        new(Join(", ", c.Correspondence.Authors.Count == 0
                ? QuotedWithComma(Title(c)) + " " + ChicagoDate(c.Document.Date)
                : Join(", ", Correspondents(c.Correspondence), c.Correspondence.Kind, ChicagoDate(c.Document.Date)),
            locator,
            Location(c), c.Document.Citation.Publisher, c.SiteName, "accessed " + LongDate(c.Accessed), c.Permalink) + "."),
    ]);

    /// <summary>
    /// Chicago bibliography: the parts of the note separated by periods, led by the sender, inverted,
    /// when known (<c>Stalin, Joseph. Telegram to Kim Il Sung (via Terentii Shtykov), November 20, 1950. …</c>).
    /// </summary>
    public static FormattedCitation ChicagoBibliography(CitationContext c) => new("chicago-bibliography", "Chicago (bibliography)",
    [
        new(Join(" ", c.Correspondence.Authors.Count == 0
                ? Quoted(Title(c), ".") + " " + Sentence(ChicagoDate(c.Document.Date))
                : Sentence(Authors(c.Correspondence.Authors, n => n.Inverted, n => n.Name, ", and ")) + " " + Sentence(ChicagoItem(c)),
            Sentence(Location(c)), Sentence(c.Document.Citation.Publisher), Sentence(c.SiteName), Sentence("Accessed " + LongDate(c.Accessed)), Sentence(c.Permalink))),
    ]);

    /// <summary>
    /// MLA 9: <c>Stalin, Joseph. "Title." 20 Nov. 1950. APRF, Fond 45, …. <i>Wilson Center Digital
    /// Archive</i>, <i>ArchiveSite</i>, host/documents/112082. Accessed 23 Nov. 2026.</c> (without a
    /// known sender, from the title on). MLA leaves out <c>https://</c> and abbreviates months of
    /// more than four letters.
    /// </summary>
    public static FormattedCitation Mla(CitationContext c)
    {
        // MLA inverts the first author only, and gives the first and "et al." for three or more.
        var authors = c.Correspondence.Authors.Count > 2
            ? c.Correspondence.Authors[0].Inverted + ", et al"
            : Authors(c.Correspondence.Authors, n => n.Inverted, n => n.Name, ", and ");
        var runs = new List<CitationRun> { new(Join(" ", Sentence(authors), Quoted(Title(c), "."), Sentence(MlaDate(c.Document.Date)), Sentence(Location(c))) + " ") };
        if (!string.IsNullOrWhiteSpace(c.Document.Citation.Publisher))
        {
            runs.Add(new(c.Document.Citation.Publisher, Italic: true));
            runs.Add(new(", "));
        }

        runs.Add(new(c.SiteName, Italic: true));
        runs.Add(new($", {WithoutScheme(c.Permalink)}. Accessed {MlaDay(c.Accessed)}."));
        return new("mla", "MLA 9", runs);
    }

    /// <summary>
    /// APA 7, for an archival work: <c>Stalin, J. (1950, November 20). <i>Title</i>. APRF, Fond 45,
    /// …. Wilson Center Digital Archive; ArchiveSite. Retrieved November 23, 2026, from https://…</c>;
    /// without a known author the title takes the author's place: <c><i>Title</i>. (1950, November 20). …</c>
    /// </summary>
    public static FormattedCitation Apa(CitationContext c)
    {
        var title = Title(c);
        var sources = string.Join("; ", new[] { c.Document.Citation.Publisher, c.SiteName }.Where(s => !string.IsNullOrWhiteSpace(s)));
        var rest = Join(" ", Sentence(Location(c)), Sentence(sources), $"Retrieved {LongDate(c.Accessed)}, from {c.Permalink}");
        var date = $"({ApaDate(c.Document.Date)}).";
        if (c.Correspondence.Authors.Count == 0)
        {
            return new("apa", "APA 7", [new(title, Italic: true), new((EndsWithPunctuation(title) ? " " : ". ") + date + " " + rest)]);
        }

        return new("apa", "APA 7",
        [
            new(Sentence(Authors(c.Correspondence.Authors, n => n.WithInitials, n => n.WithInitials, ", & ")) + " " + date + " "),
            new(title, Italic: true),
            new((EndsWithPunctuation(title) ? " " : ". ") + rest),
        ]);
    }

    /// <summary>"Joseph Stalin to Kim Il Sung (via Terentii Shtykov)": the correspondents in reading order, as Chicago's note names them.</summary>
    private static string Correspondents(Correspondence c) =>
        Join(" to ", Names(c.Authors.Select(a => a.Name).ToArray()), Addressees(c));

    /// <summary>"Telegram to Kim Il Sung (via Terentii Shtykov), November 20, 1950": what the item is, to whom and when, as Chicago's bibliography describes a letter.</summary>
    private static string? ChicagoItem(CitationContext c) =>
        Capitalized(Join(", ", Join(" ", c.Correspondence.Kind, Addressees(c.Correspondence) is { } to ? "to " + to : null), ChicagoDate(c.Document.Date)));

    /// <summary>"Kim Il Sung (via Terentii Shtykov)"; null when the record names no recipient.</summary>
    private static string? Addressees(Correspondence c) => c.Recipients.Count == 0 ? null :
        Names(c.Recipients.Select(r => r.Name).ToArray())
        + (c.Intermediaries.Count == 0 ? "" : $" (via {Names(c.Intermediaries.Select(i => i.Name).ToArray())})");

    /// <summary>
    /// Authors as a style lists them: the first in <paramref name="first"/>'s form, the others in
    /// <paramref name="others"/>'s, the last after <paramref name="lastSeparator"/> ("Stalin, Joseph,
    /// and Kim Il Sung"; "Stalin, J., &amp; Kim, I. S."); null when there are none.
    /// </summary>
    private static string? Authors(IReadOnlyList<CitationName> authors, Func<CitationName, string> first, Func<CitationName, string> others, string lastSeparator)
    {
        var names = authors.Select((a, i) => i == 0 ? first(a) : others(a)).ToArray();
        return names.Length switch
        {
            0 => null,
            1 => names[0],
            _ => string.Join(", ", names[..^1]) + lastSeparator + names[^1],
        };
    }

    /// <summary>"A", "A and B", "A, B, and C".</summary>
    private static string Names(string[] names) =>
        names.Length <= 2 ? string.Join(" and ", names) : string.Join(", ", names[..^1]) + ", and " + names[^1];

    private static string? Capitalized(string? text) => string.IsNullOrEmpty(text) ? text : char.ToUpperInvariant(text[0]) + text[1..];

    /// <summary>The title as the citation quotes it, else the record's title.</summary>
    internal static string Title(CitationContext c) => c.Document.Citation.QuotedTitle ?? c.Document.Title;

    /// <summary>The archival references exactly as written, in the citation's order; null when there are none.</summary>
    internal static string? Location(CitationContext c) =>
        c.Document.Citation.References.Count == 0 ? null : string.Join(" and ", c.Document.Citation.References.Select(r => r.Text));

    /// <summary>November 20, 1950; November 1950; 1950; January 26–27, 1955; n.d.</summary>
    internal static string ChicagoDate(ArchiveDate? date) => date is null ? "n.d." : Span(date, LongDate, LongMonth, (a, b) =>
        a.Year == b.Year && a.Month == b.Month ? $"{a.ToString("MMMM d", English)}–{b.Day}, {a.Year}"
        : a.Year == b.Year ? $"{a.ToString("MMMM d", English)}–{b.ToString("MMMM d", English)}, {a.Year}"
        : null);

    /// <summary>20 Nov. 1950; Nov. 1950; 1950; 26–27 Jan. 1955; no date for an undated record.</summary>
    internal static string? MlaDate(ArchiveDate? date) => date is null ? null : Span(date, MlaDay, MlaMonth, (a, b) =>
        a.Year == b.Year && a.Month == b.Month ? $"{a.Day}–{MlaDay(b)}" : null);

    /// <summary>1950, November 20; 1950, November; 1950; 1955, January 26–27; n.d.</summary>
    internal static string ApaDate(ArchiveDate? date) => date is null ? "n.d." : Span(date,
        d => $"{d.Year}, {d.ToString("MMMM d", English)}",
        d => $"{d.Year}, {d.ToString("MMMM", English)}",
        (a, b) => a.Year == b.Year && a.Month == b.Month ? $"{a.Year}, {a.ToString("MMMM d", English)}–{b.Day}"
            : a.Year == b.Year ? $"{a.Year}, {a.ToString("MMMM d", English)}–{b.ToString("MMMM d", English)}"
            : null);

    /// <summary>
    /// A date at its own precision in one style; a range of two days in the style's compact form
    /// when it has one, otherwise both ends in full with an en dash.
    /// </summary>
    private static string Span(ArchiveDate date, Func<DateOnly, string> day, Func<DateOnly, string> month, Func<DateOnly, DateOnly, string?> dayRange)
    {
        string One(DateOnly d, DatePrecision precision) => precision switch
        {
            DatePrecision.Day => day(d),
            DatePrecision.Month => month(d),
            _ => d.Year.ToString(English),
        };

        if (!date.IsRange)
        {
            return One(date.Start, date.Precision);
        }

        var endPrecision = date.EndPrecision ?? date.Precision;
        if (date.Precision == DatePrecision.Day && endPrecision == DatePrecision.Day && dayRange(date.Start, date.End) is { } compact)
        {
            return compact;
        }

        return $"{One(date.Start, date.Precision)}–{One(date.End, endPrecision)}";
    }

    private static string LongDate(DateOnly d) => d.ToString("MMMM d, yyyy", English);

    private static string LongMonth(DateOnly d) => d.ToString("MMMM yyyy", English);

    /// <summary>MLA abbreviates months longer than four letters: Jan., Feb., Mar., Apr., May, June, July, Aug., Sept., Oct., Nov., Dec.</summary>
    private static string MlaMonth(DateOnly d) => $"{MlaMonthName(d.Month)} {d.Year}";

    private static string MlaDay(DateOnly d) => $"{d.Day} {MlaMonthName(d.Month)} {d.Year}";

    private static string MlaMonthName(int month) => month switch
    {
        1 => "Jan.", 2 => "Feb.", 3 => "Mar.", 4 => "Apr.", 5 => "May", 6 => "June",
        7 => "July", 8 => "Aug.", 9 => "Sept.", 10 => "Oct.", 11 => "Nov.", _ => "Dec.",
    };

    private static string WithoutScheme(string url) =>
        url.StartsWith("https://", StringComparison.OrdinalIgnoreCase) ? url[8..]
        : url.StartsWith("http://", StringComparison.OrdinalIgnoreCase) ? url[7..]
        : url;

    /// <summary>Parts that are present, joined.</summary>
    private static string Join(string separator, params string?[] parts) =>
        string.Join(separator, parts.Where(p => !string.IsNullOrWhiteSpace(p)));

    /// <summary>A part closed with a period, unless it already ends with one (or with ? or !); null stays null.</summary>
    private static string? Sentence(string? part) =>
        string.IsNullOrWhiteSpace(part) ? null : EndsWithPunctuation(part) ? part : part + ".";

    /// <summary>"Title," with the comma inside the quotation marks, American style, unless the title ends in ? or !.</summary>
    private static string QuotedWithComma(string title) => Quoted(title, ",");

    private static string Quoted(string title, string punctuation) =>
        EndsWithPunctuation(title) ? $"\u201C{title}\u201D" : $"\u201C{title}{punctuation}\u201D";

    private static bool EndsWithPunctuation(string text) => text.Length > 0 && text[^1] is '.' or '?' or '!';
}
