using System.Text;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Rendering;

namespace ArchiveSite.Benchmarks.Peer;

/// <summary>
/// The records as CSV for the SQLite CLI's <c>.import --csv</c>: id, title, summary, body, citation,
/// first and last day (<c>19621016</c>; empty when undated). The body is the plain text our index
/// gets (<see cref="MarkdownRenderer.ToPlainText"/>), so both engines read the same words.
/// </summary>
internal static class RecordsCsv
{
    /// <summary>Writes one line per record, no header (the script creates the table first).</summary>
    public static void Write(IEnumerable<ArchiveDocument> documents, string path)
    {
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        foreach (var document in documents)
        {
            var date = document.Date;
            writer.Write(string.Join(',',
                Quoted(document.Id),
                Quoted(document.Title),
                Quoted(document.Summary),
                Quoted(MarkdownRenderer.ToPlainText(document)),
                Quoted(document.Citation.Text),
                date is null ? "" : ArchiveDate.ToNumber(date.Start).ToString(System.Globalization.CultureInfo.InvariantCulture),
                date is null ? "" : ArchiveDate.ToNumber(date.End).ToString(System.Globalization.CultureInfo.InvariantCulture)));
            writer.Write('\n');
        }
    }

    /// <summary>RFC 4180: in double quotes, with quotes doubled; line breaks may stay inside.</summary>
    private static string Quoted(string value) => "\"" + value.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
