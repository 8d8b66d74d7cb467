using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// The from/to fields of a search, as typed, read into a range of days. A record matches when
/// the span its date covers overlaps the range, so a record dated "November 1950" is found by a
/// search from 1950-11-15; undated records match no date range.
/// </summary>
public static class DateFilter
{
    /// <summary>The forms researchers may type, for messages.</summary>
    public const string AcceptedForms = "1950-11-20, 20.11.1950, November 20, 1950, 20 November 1950, November 1950 or 1950";

    /// <summary>Reads from/to; null bounds are open. Returns an error sentence when a date cannot be read.</summary>
    public static bool TryRead(string? from, string? to, out DateOnly? start, out DateOnly? end, out string? error)
    {
        start = end = null;
        error = null;
        if (!string.IsNullOrWhiteSpace(from))
        {
            if (!ArchiveDateParser.TryParse(from, out var date))
            {
                error = $"The 'from' date '{from.Trim()}' is not a date the archive can read. Write it as {AcceptedForms}.";
                return false;
            }

            start = date.Start;
        }

        if (!string.IsNullOrWhiteSpace(to))
        {
            if (!ArchiveDateParser.TryParse(to, out var date))
            {
                error = $"The 'to' date '{to.Trim()}' is not a date the archive can read. Write it as {AcceptedForms}.";
                return false;
            }

            end = date.End;
        }

        if (start > end)
        {
            error = $"The 'from' date ({start:yyyy-MM-dd}) is after the 'to' date ({end:yyyy-MM-dd}). Swap them, or leave one empty for an open range.";
            return false;
        }

        return true;
    }

    /// <summary>
    /// The overlap query: starts no later than the range's end, ends no earlier than its start.
    /// By default over the record's own date; <paramref name="startField"/> and
    /// <paramref name="endField"/> name other fields. When both name the same field, that field
    /// holds one value per day covered (as <see cref="IndexSchema.MentionedDay"/> does), and
    /// overlap is a single range on it: two clauses could be met by two different values.
    /// </summary>
    internal static Query? ToQuery(DateOnly? start, DateOnly? end, string startField = IndexSchema.DateStart, string endField = IndexSchema.DateEnd)
    {
        if (start is null && end is null)
        {
            return null;
        }

        if (startField == endField)
        {
            return NumericRangeQuery.NewInt32Range(startField, start is { } first ? ArchiveDate.ToNumber(first) : null, end is { } last ? ArchiveDate.ToNumber(last) : null, true, true);
        }

        var query = new BooleanQuery();
        query.Add(NumericRangeQuery.NewInt32Range(startField, null, end is { } e ? ArchiveDate.ToNumber(e) : int.MaxValue, true, true), Occur.MUST);
        query.Add(NumericRangeQuery.NewInt32Range(endField, start is { } s ? ArchiveDate.ToNumber(s) : int.MinValue, null, true, true), Occur.MUST);
        return query;
    }
}
