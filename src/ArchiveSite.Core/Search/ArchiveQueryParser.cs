using ArchiveSite.Core.Documents;
using Lucene.Net.Analysis;
using Lucene.Net.QueryParsers.Classic;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Lucene's classic multi-field parser, taught two fields of our own: <c>date:</c>, the record's
/// date, and <c>mentioned:</c>, the dates its text mentions. A date in any form the archive reads
/// (<c>date:1950-11</c>, <c>mentioned:"November 20, 1950"</c>) or a range
/// (<c>date:[1950-11-01 TO 1950-11-19]</c>, <c>*</c> for an open end) becomes the same overlap
/// query as the from/to fields, over that field's index fields.
/// </summary>
internal sealed class ArchiveQueryParser(string[] fields, Analyzer analyzer, IDictionary<string, float> boosts)
    : MultiFieldQueryParser(ArchiveAnalyzer.Version, fields, analyzer, boosts)
{
    /// <summary>The field name researchers write for the record's own date.</summary>
    public const string DateField = "date";

    /// <summary>The field name researchers write for a date the record's text mentions.</summary>
    public const string MentionedField = "mentioned";

    // Each date field and the index fields its overlap query runs over (see DateFilter.ToQuery).
    private static readonly Dictionary<string, (string Start, string End)> DateFields = new(StringComparer.Ordinal)
    {
        [DateField] = (IndexFields.DateStart, IndexFields.DateEnd),
        [MentionedField] = (IndexFields.MentionedDay, IndexFields.MentionedDay),
    };

    protected override Query GetFieldQuery(string field, string queryText, bool quoted)
    {
        if (!IsDateField(field, out var indexFields))
        {
            return base.GetFieldQuery(field, queryText, quoted);
        }

        var date = ReadDate(field, queryText);
        return DateFilter.ToQuery(date.Start, date.End, indexFields.Start, indexFields.End)!;
    }

    // A quoted value (date:"November 20, 1950") arrives through the phrase overload.
    protected override Query GetFieldQuery(string field, string queryText, int slop) =>
        IsDateField(field, out _) ? GetFieldQuery(field, queryText, quoted: true) : base.GetFieldQuery(field, queryText, slop);

    protected override Query GetRangeQuery(string field, string part1, string part2, bool startInclusive, bool endInclusive)
    {
        if (!IsDateField(field, out var indexFields))
        {
            return base.GetRangeQuery(field, part1, part2, startInclusive, endInclusive);
        }

        DateOnly? start = part1 is "*" or null ? null : ReadDate(field, part1).Start;
        DateOnly? end = part2 is "*" or null ? null : ReadDate(field, part2).End;
        if (start > end)
        {
            throw new QueryReadException($"The date range {part1} TO {part2} ends before it starts. Write the earlier date first, e.g. {field}:[1950-11-01 TO 1950-11-19].");
        }

        return DateFilter.ToQuery(start, end, indexFields.Start, indexFields.End) ?? new MatchAllDocsQuery();
    }

    // The field is null for words without a prefix, which the base class spreads over the default fields.
    private static bool IsDateField(string? field, out (string Start, string End) indexFields)
    {
        indexFields = default;
        return field is not null && DateFields.TryGetValue(field, out indexFields);
    }

    private static ArchiveDate ReadDate(string field, string text) =>
        ArchiveDateParser.TryParse(text, out var date)
            ? date
            : throw new QueryReadException($"'{field}:{text}' is not a date the archive can read. Write it as {DateFilter.AcceptedForms.Replace("November 20, 1950", "\"November 20, 1950\"", StringComparison.Ordinal)}, or a range {field}:[1950-11-01 TO 1950-11-19].");
}

/// <summary>A part of a query that parses but means nothing the archive can search; its message is for the researcher.</summary>
internal sealed class QueryReadException(string message) : Exception(message);
