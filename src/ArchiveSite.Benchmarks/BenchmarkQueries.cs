using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Benchmarks;

/// <summary>
/// The query set every measurement runs (<see cref="QueryBenchmarks"/> and the SQLite FTS5 peer),
/// one of each kind a researcher types: words, a phrase, a person's name (every spelling the
/// authority knows), dates only (the Cuban missile crisis, sorted by date), a word within one
/// facet value, a trailing wildcard.
/// </summary>
public static class BenchmarkQueries
{
    /// <summary>The cases, in report order.</summary>
    public static IReadOnlyList<BenchmarkQuery> All { get; } =
    [
        new("words", new(Text: "nuclear test ban"), "nuclear test ban"),
        new("phrase", new(Text: "\"atomic energy\""), "\"atomic energy\""),
        new("name", new(Text: "Zhou Enlai"), AnyPhrase(SpellingsOf("Zhou Enlai"))),
        new("date-range", new(From: "1962-10-16", To: "1962-10-28"), null),
        new("facet-filter", new(Text: "Suez", Filters: new Dictionary<string, IReadOnlyList<string>> { ["year"] = ["1956"] }), "Suez"),
        new("wildcard", new(Text: "disarm*"), "disarm*"),
    ];

    /// <summary>The case called <paramref name="name"/>.</summary>
    public static BenchmarkQuery Find(string name) => All.Single(q => string.Equals(q.Name, name, StringComparison.Ordinal));

    /// <summary>
    /// Every spelling the shipped authority gives the person known as <paramref name="name"/>: what
    /// our search looks for when the name is typed, so the peer is asked for the same spellings.
    /// </summary>
    private static IReadOnlyList<string> SpellingsOf(string name) =>
        NameAuthority.Default.People.Single(p => p.Variants.Contains(name, StringComparer.OrdinalIgnoreCase)).Variants;

    /// <summary>FTS5's "any of these phrases": each quoted (quotes doubled), joined by OR.</summary>
    private static string AnyPhrase(IEnumerable<string> phrases) =>
        string.Join(" OR ", phrases.Select(p => "\"" + p.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
}
