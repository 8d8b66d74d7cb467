using ArchiveSite.Core.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Lucene's classic multi-field parser, taught one field of our own: <c>date:</c>. A date in any
/// form the archive reads (<c>date:1950-11</c>, <c>date:"November 20, 1950"</c>) or a range
/// (<c>date:[1950-11-01 TO 1950-11-19]</c>) becomes the same overlap query as the from/to fields.
/// </summary>
internal sealed class ArchiveQueryParser(string[] fields, Analyzer analyzer, IDictionary<string, float> boosts)
    : MultiFieldQueryParser(ArchiveAnalyzer.Version, fields, analyzer, boosts)
{
    /// <summary>The field name researchers write.</summary>
    public const string DateField = "date";

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (field != DateField)
        {
            return base.GetFieldQuery(field, queryText, quoted);
        }

        var date = ReadDate(queryText);
        return DateFilter.ToQuery(date.Start, date.End)!;
    }

    // A quoted value (date:"November 20, 1950") arrives through the phrase overload.
    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        field == DateField ? GetFieldQuery(field, queryText, quoted: true) : base.GetFieldQuery(field, queryText, slop);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (field != DateField)
        {
            return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        DateOnly? start = part1 is "*" or null ? null : ReadDate(part1).Start;
        DateOnly? end = part2 is "*" or null ? null : ReadDate(part2).End;
        if (start > end)
        {
            throw new QueryReadException($"The date range {part1} TO {part2} ends before it starts. Write the earlier date first, e.g. date:[1950-11-01 TO 1950-11-19].");
        }

        return DateFilter.ToQuery(start, end) ?? new MatchAllDocsQuery();
    }

    private static ArchiveDate ReadDate(string text) =>
        ArchiveDateParser.TryParse(text, out var date)
            ? date
            : throw new QueryReadException($"'date:{text}' is not a date the archive can read. Write it as {DateFilter.AcceptedForms.Replace("November 20, 1950", "\"November 20, 1950\"", StringComparison.Ordinal)}, or a range date:[1950-11-01 TO 1950-11-19].");
}

/// <summary>A part of a query that parses but means nothing the archive can search; its message is for the researcher.</summary>
internal sealed class QueryReadException(string message) : Exception(message);
