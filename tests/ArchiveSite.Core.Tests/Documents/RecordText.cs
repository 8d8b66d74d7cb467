using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>
/// A valid record assembled from its parts, written in either variant, so that a test changes one
/// part and keeps the rest. A part set to null leaves out its heading as well; an empty part keeps
/// the heading with nothing under it.
/// </summary>
/// <remarks>
/// Each part is one line, and blocks are separated by one blank line, so in the plain-text variant
/// the headings stand at lines 3 (Citation), 7 (Summary), 11 (Original Language) and 15 (Contents).
/// The Markdown variant puts the citation's URL on a line of its own, one line more from Summary on.
/// </remarks>
internal sealed record RecordText
{
    public const string Title = "Telegram from Stalin to Kim Il Sung";

    public const string Date = "November 20, 1950";

    public const string Url = "https://digitalarchive.wilsoncenter.org/document/112082";

    public const string QuotedTitle = $"\"{Title}\"";

    public string? Header { get; init; } = $"{Date} {Title}";

    public string? Citation { get; init; } = CitationText(QuotedTitle, Date, Url);

    public string? Summary { get; init; } = "Stalin agrees to train North Korean pilots.";

    public string? Language { get; init; } = "Russian";

    public string? Contents { get; init; } = "Translation - English";

    public string? Body { get; init; } = "To Comrade SHTYKOV\n\nI have received your telegram.";

    /// <summary>The order the sections are written in.</summary>
    public IReadOnlyList<string> Order { get; init; } = RecordHeadings.Required;

    /// <summary>A format for a heading line, <c>{0}</c> standing for the name; null for the variant's own.</summary>
    public string? HeadingFormat { get; init; }

    /// <summary>A citation in the Wilson Center shape: quoted title, date, publisher, references, URL.</summary>
    public static string CitationText(string quotedTitle, string date, string url) =>
        $"{quotedTitle}, {date}, Wilson Center Digital Archive, APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 {url}";

    /// <summary>The same record dated <paramref name="date"/> in its citation and in front of its header.</summary>
    public RecordText Dated(string date) =>
        this with { Header = $"{date} {Title}", Citation = CitationText(QuotedTitle, date, Url) };

    /// <summary>The same record with another source URL in its citation.</summary>
    public RecordText WithUrl(string url) => this with { Citation = CitationText(QuotedTitle, Date, url) };

    /// <summary>The same record with no header, its title quoted as given in the citation.</summary>
    public RecordText WithQuotedTitle(string quoted) => this with { Header = null, Citation = CitationText(quoted, Date, Url) };

    public string Plain => Render(RecordFormat.PlainText);

    public string Markdown => Render(RecordFormat.Markdown);

    public string Render(RecordFormat format)
    {
        var markdown = format == RecordFormat.Markdown;
        var blocks = new List<string>();
        if (Header is not null)
        {
            blocks.Add(markdown ? $"**{Header}**" : Header);
        }

        foreach (var name in Order)
        {
            var content = name switch
            {
                "Citation" => Citation,
                "Summary" => Summary,
                "Original Language" => Language,
                _ => Contents,
            };
            if (content is null)
            {
                continue;
            }

            blocks.Add(string.Format(HeadingFormat ?? (markdown ? "**{0}:**" : "{0}:"), name));
            if (content.Length > 0)
            {
                blocks.Add(!markdown ? content : name switch
                {
                    "Citation" => AutolinkOnItsOwnLine(content),
                    "Contents" => "- " + content,
                    _ => content,
                });
            }

            if (name == "Contents" && Body is not null)
            {
                blocks.Add(Body);
            }
        }

        return string.Join("\n\n", blocks) + "\n";
    }

    /// <summary>The Markdown seed's way: a hard break, then the URL in angle brackets.</summary>
    private static string AutolinkOnItsOwnLine(string citation)
    {
        var at = citation.LastIndexOf(" http", StringComparison.Ordinal);
        return at < 0 ? citation : $"{citation[..at]}  \n<{citation[(at + 1)..]}>";
    }
}
