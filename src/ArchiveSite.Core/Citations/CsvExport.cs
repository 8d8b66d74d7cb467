using System.Text;

namespace ArchiveSite.Core.Citations;

/// <summary>
/// Records as a CSV table for a spreadsheet or a script: one header line, then one line a record with
/// its id, title, date as the record writes it, archival location, permalink and versioned permalink.
/// RFC 4180: fields separated by commas, lines ended by CRLF, a field with a comma, a quote or a line
/// break quoted, its quotes doubled. Encoded as UTF-8 with a byte order mark, which is what makes
/// spreadsheet programs read the Cyrillic and Korean names as UTF-8 rather than as the machine's code page.
/// </summary>
public static class CsvExport
{
    /// <summary>The header line's names, in column order.</summary>
    public static readonly IReadOnlyList<string> Columns = ["id", "title", "date", "archive_location", "permalink", "versioned_permalink"];

    /// <summary>The characters that make a spreadsheet read a cell as a formula (OWASP's list), when first.</summary>
    private static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    /// <summary>
    /// The table of <paramref name="records"/>, each with its permalink from <paramref name="permalink"/>
    /// (given the id) and its versioned permalink (the context's).
    /// </summary>
    public static string Write(IEnumerable<CitationContext> records, Func<string, string> permalink)
    {
        var csv = new StringBuilder();
        AppendLine(csv, Columns);
        foreach (var c in records)
        {
            var d = c.Document;
            AppendLine(csv, [d.Id, d.Title, d.Date?.Text ?? d.Citation.DateText ?? "", CitationStyles.Location(c) ?? "", permalink(d.Id), c.Permalink]);
        }

        return csv.ToString();
    }

    /// <summary>
    /// One field as RFC 4180 writes it. A value a spreadsheet would run as a formula (first character
    /// <c>= + - @</c>, tab or carriage return) is kept as text by a leading apostrophe, which spreadsheet
    /// programs take as "text follows" and do not show: a record's title is never a formula to run.
    /// Every character of the value follows it unchanged.
    /// </summary>
    public static string Field(string value)
    {
        if (value.Length > 0 && FormulaStarts.Contains(value[0]))
        {
            value = "'" + value;
        }

        return value.IndexOfAny([',', '"', '\r', '\n']) >= 0
            ? "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""
            : value;
    }

    private static void AppendLine(StringBuilder csv, IEnumerable<string> fields) =>
        csv.AppendJoin(',', fields.Select(Field)).Append("\r\n");
}
