using System.Globalization;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Benchmarks.Peer;

/// <summary>
/// The shared queries as SQL for the FTS5 side, over the tables <c>tests/load/fts5-peer.sh</c>
/// builds. A first page is what the search page needs at the least: the top 20 (id and title) in
/// the page's order, and the true count. Words go to the FTS5 table, ranked by its bm25 (weighted
/// as our fields are boosted); dates and the year facet are conditions on the date columns; a
/// search without words reads the plain table through its date index, oldest first, as ours sorts.
/// </summary>
internal static class Fts5Sql
{
    /// <summary>The top of the first page: id and title, best first.</summary>
    public static string Page(BenchmarkQuery query, string? correlation = null) =>
        $"SELECT id, title FROM {Table(query)}{Where(query, correlation)} ORDER BY {Order(query.Request)} LIMIT {query.Request.PageSize}";

    /// <summary>How many records match.</summary>
    public static string Count(BenchmarkQuery query, string? correlation = null) =>
        $"SELECT count(*) FROM {Table(query)}{Where(query, correlation)}";

    /// <summary>
    /// One statement that answers the first page (top 20 and count) <paramref name="runs"/> times.
    /// The CLI's <c>.timer</c> reads the clock to the millisecond only, so the peer is timed a batch
    /// at a time. <c>n.i &gt; 0</c> is always true but ties the subqueries to each row of the
    /// counter: SQLite computes an uncorrelated subquery once and reuses it, which would time one run.
    /// </summary>
    public static string Batch(BenchmarkQuery query, int runs) =>
        $"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {runs}) "
        + $"SELECT sum((SELECT sum(length(id) + length(title)) FROM ({Page(query, "n.i > 0")})) + ({Count(query, "n.i > 0")})) FROM n";

    /// <summary>
    /// The script the CLI runs: per query its count, a warm-up batch, then <paramref name="samples"/>
    /// timed batches, each behind a <c>.print</c> line that <see cref="PeerReport"/> reads back.
    /// </summary>
    public static string Script(IEnumerable<BenchmarkQuery> queries, PeerOptions options)
    {
        var script = new System.Text.StringBuilder(".mode list\n");
        foreach (var query in queries)
        {
            script.Append(CultureInfo.InvariantCulture, $".print hits {query.Name}\n{Count(query)};\n");
            script.Append(CultureInfo.InvariantCulture, $".print warmup {query.Name}\n{Batch(query, options.Warmup)};\n.timer on\n");
            for (var sample = 0; sample < options.Samples; sample++)
            {
                script.Append(CultureInfo.InvariantCulture, $".print sample {query.Name}\n{Batch(query, options.Batch)};\n");
            }

            script.Append(".timer off\n");
        }

        return script.ToString();
    }

    private static string Table(BenchmarkQuery query) => query.Fts5Match is null ? "records" : "records_fts";

    private static string Order(SearchRequest request) => request.EffectiveSort switch
    {
        SearchSort.Relevance => "rank",
        SearchSort.Date => "date_start, id",
        var other => throw new NotSupportedException($"The FTS5 peer has no order for {other}."),
    };

    private static string Where(BenchmarkQuery query, string? correlation)
    {
        var conditions = new List<string>();
        if (correlation is not null)
        {
            conditions.Add(correlation);
        }

        if (query.Fts5Match is { } match)
        {
            conditions.Add($"records_fts MATCH '{match.Replace("'", "''", StringComparison.Ordinal)}'");
        }

        conditions.AddRange(DateConditions(query.Request));
        return conditions.Count == 0 ? "" : " WHERE " + string.Join(" AND ", conditions);
    }

    /// <summary>The request's dates and year facet, read as our search reads them (<see cref="DateFilter"/>, the year facet).</summary>
    private static List<string> DateConditions(SearchRequest request)
    {
        if (!DateFilter.TryRead(request.From, request.To, out var start, out var end, out var error))
        {
            throw new InvalidOperationException(error);
        }

        // Overlap: the record starts no later than the range's end and ends no earlier than its start.
        var conditions = new List<string>();
        if (end is { } last)
        {
            conditions.Add(FormattableString.Invariant($"date_start <= {ArchiveDate.ToNumber(last)}"));
        }

        if (start is { } first)
        {
            conditions.Add(FormattableString.Invariant($"date_end >= {ArchiveDate.ToNumber(first)}"));
        }

        foreach (var (key, values) in request.ActiveFilters)
        {
            foreach (var value in values)
            {
                // The year facet is the year of a record's first day.
                var year = key == "year"
                    ? int.Parse(value, CultureInfo.InvariantCulture)
                    : throw new NotSupportedException($"The FTS5 peer has no column for the facet '{key}'.");
                conditions.Add(FormattableString.Invariant($"date_start BETWEEN {(year * 10000) + 101} AND {(year * 10000) + 1231}"));
            }
        }

        return conditions;
    }
}
