
namespace ArchiveSite.Core.Documents;

/// <summary>
/// Parses one Wilson Center Digital Archive record — plain text or Markdown — into an
/// <see cref="ArchiveDocument"/>. A pure function of the text: <see cref="DocumentLoader"/> is the
/// only code that touches files.
/// </summary>
/// <remarks>
/// The sections are found in their fixed order (Citation, Summary, Original Language, Contents) and
/// everything after the Contents label is body. Searching in order, rather than splitting on every
/// heading-like line, matters: real bodies contain lines such as "Summary:" of their own.
/// </remarks>
public static class RecordParser
{
    /// <summary>Parses <paramref name="text"/>; <paramref name="file"/> names it in any rejection.</summary>
    public static RecordParseResult Parse(string text, string file)
    {
        var lines = Normalize(text).Split('\n');
        if (lines.All(string.IsNullOrWhiteSpace))
        {
            return RecordParseResult.Fail(file, "the file is empty (no text, only white space)");
        }

        // Where each heading is: the index of its line, searched for after the previous one.
        var at = new int[RecordHeadings.Required.Count];
        var from = 0;
        for (var h = 0; h < at.Length; h++)
        {
            var name = RecordHeadings.Required[h];
            var found = FindHeading(lines, name, from);
            if (found < 0)
            {
                return MissingHeading(file, lines, h, h > 0 ? at[h - 1] : -1);
            }

            at[h] = found;
            from = found + 1;
        }

        var format = RecordHeadings.IsBold(lines[at[0]]) ? RecordFormat.Markdown : RecordFormat.PlainText;
        string Section(int h) => JoinText(lines[(at[h] + 1)..at[h + 1]], format);

        var citationText = Section(0);
        if (citationText.Length == 0)
        {
            return RecordParseResult.Fail(file, "the 'Citation:' section is empty", at[0] + 1);
        }

        var summary = Section(1);
        if (summary.Length == 0)
        {
            return RecordParseResult.Fail(file, "the 'Summary:' section is empty", at[1] + 1);
        }

        var language = Section(2);
        if (language.Length == 0)
        {
            return RecordParseResult.Fail(file, "the 'Original Language:' section is empty", at[2] + 1);
        }

        var (contents, bodyStart) = ContentsLabel(lines, at[3] + 1, format);
        if (contents.Length == 0)
        {
            return RecordParseResult.Fail(file, "the 'Contents:' section has no label (such as 'Translation - English') before the body", at[3] + 1);
        }

        var body = Body(lines, bodyStart);
        if (body.Length == 0)
        {
            return RecordParseResult.Fail(file, "the record has no body text after its 'Contents:' label", at[3] + 1);
        }

        var citation = CitationParser.Parse(citationText, out var citationError);
        if (citation is null)
        {
            return RecordParseResult.Fail(file, citationError!, at[0] + 1);
        }

        var id = DocumentId.FromSourceUrl(citation.SourceUrl, out var idError);
        if (id is null)
        {
            return RecordParseResult.Fail(file, idError!, at[0] + 1);
        }

        var warnings = new List<RecordNotice>();
        var date = ReadDate(citation, out var dateWarning);
        if (dateWarning is not null)
        {
            warnings.Add(new RecordNotice(file, dateWarning, at[0] + 1));
        }

        var title = Title(JoinText(lines[..at[0]], format), citation);
        if (title.Length == 0)
        {
            return RecordParseResult.Fail(file, "the record has no title: no heading above 'Citation:' and no quoted title in the citation", 1);
        }

        return RecordParseResult.Success(new ArchiveDocument(
            id, title, date, citation, summary, language, contents, body, format, file), warnings);
    }

    /// <summary>Strips a byte-order mark and turns CRLF and lone CR into LF.</summary>
    internal static string Normalize(string text) =>
        text.TrimStart('\uFEFF').Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n');

    private static int FindHeading(string[] lines, string name, int from)
    {
        for (var i = from; i < lines.Length; i++)
        {
            if (RecordHeadings.IsHeading(lines[i], name))
            {
                return i;
            }
        }

        return -1;
    }

    private static RecordParseResult MissingHeading(string file, string[] lines, int h, int previousLine)
    {
        var name = RecordHeadings.Required[h];
        var elsewhere = FindHeading(lines, name, 0);
        if (elsewhere >= 0)
        {
            var previous = RecordHeadings.Required[h - 1];
            return RecordParseResult.Fail(file, $"the '{name}:' heading comes before '{previous}:'; the sections must be Citation, Summary, Original Language, Contents, in that order", elsewhere + 1);
        }

        var where = h == 0 ? "" : $" after '{RecordHeadings.Required[h - 1]}:' (line {previousLine + 1})";
        return RecordParseResult.Fail(file, $"missing the required '{name}:' heading{where}");
    }

    /// <summary>The lines of a section as one text: lines of a paragraph joined by a space, paragraphs by a blank line.</summary>
    private static string JoinText(IEnumerable<string> lines, RecordFormat format)
    {
        var paragraphs = new List<string>();
        var current = new List<string>();
        foreach (var raw in lines.Append(""))
        {
            var line = format == RecordFormat.Markdown ? MarkdownInline.ToPlain(raw) : raw.Trim();
            if (line.Length > 0)
            {
                current.Add(line);
            }
            else if (current.Count > 0)
            {
                paragraphs.Add(string.Join(' ', current));
                current.Clear();
            }
        }

        return string.Join("\n\n", paragraphs);
    }

    /// <summary>The label is the first paragraph after the heading (list markers removed); the body starts after it.</summary>
    private static (string Label, int BodyStart) ContentsLabel(string[] lines, int start, RecordFormat format)
    {
        var i = start;
        while (i < lines.Length && string.IsNullOrWhiteSpace(lines[i]))
        {
            i++;
        }

        var labels = new List<string>();
        for (; i < lines.Length && !string.IsNullOrWhiteSpace(lines[i]); i++)
        {
            labels.Add(format == RecordFormat.Markdown ? MarkdownInline.ToPlain(lines[i]) : lines[i].Trim().TrimStart('-', '*', ' '));
        }

        return (string.Join("; ", labels), i);
    }

    private static string Body(string[] lines, int start)
    {
        var end = lines.Length;
        while (end > start && string.IsNullOrWhiteSpace(lines[end - 1]))
        {
            end--;
        }

        while (start < end && string.IsNullOrWhiteSpace(lines[start]))
        {
            start++;
        }

        return start >= end ? "" : string.Join('\n', lines[start..end]);
    }

    /// <summary>
    /// The citation's date. A date that is missing or not a real calendar date does not cost the
    /// record: it is served as undated (the citation still shows the text as written) with a warning.
    /// </summary>
    private static ArchiveDate? ReadDate(Citation citation, out string? warning)
    {
        warning = null;
        var text = citation.DateText;
        if (text is null)
        {
            warning = "the citation gives no date after its quoted title; the record is served as undated (write a date such as 'November 20, 1950', or 'undated')";
            return null;
        }

        if (text.Equals("undated", StringComparison.OrdinalIgnoreCase) || text.StartsWith("n.", StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        if (!ArchiveDateParser.TryParse(text, out var parsed))
        {
            warning = $"the citation's date '{text}' is not a recognised calendar date; the record is served as undated";
            return null;
        }

        return parsed;
    }

    /// <summary>
    /// The heading above the citation, without the date that Wilson Center headers put in front of
    /// the title; the citation's quoted title when there is no heading.
    /// </summary>
    private static string Title(string header, Citation citation)
    {
        var title = string.Join(' ', header.Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries));
        if (citation.DateText is { } date && title.StartsWith(date, StringComparison.OrdinalIgnoreCase)
            && (title.Length == date.Length || !char.IsLetterOrDigit(title[date.Length])))
        {
            title = title[date.Length..].TrimStart(' ', ',', '-', '–', ':');
        }

        return title.Length > 0 ? title : citation.QuotedTitle ?? "";
    }
}
