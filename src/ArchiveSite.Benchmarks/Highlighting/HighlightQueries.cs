namespace ArchiveSite.Benchmarks.Highlighting;

/// <summary>
/// The queries the highlighters are compared on: single words, other forms of a word (stems),
/// phrases with and without stop words, names the authority spells several ways, a wildcard, an
/// apostrophe, and boolean operators, each as a researcher types it.
/// </summary>
internal static class HighlightQueries
{
    public static IReadOnlyList<(string Name, string Text)> All { get; } =
    [
        ("word", "pilots"),
        ("stem", "negotiating"),
        ("words", "nuclear test ban negotiations"),
        ("phrase", "\"nuclear test\""),
        ("phrase-stopwords", "\"the Secretary of State\""),
        ("name-stalin", "Stalin"),
        ("name-pseudonym", "Filippov"),
        ("name-kim", "Kim Il Sung"),
        ("name-mao", "Mao Tse-tung"),
        ("name-other", "Khrushchev Berlin"),
        ("wildcard", "disarm*"),
        ("apostrophe", "d'Affaires"),
        ("or", "treaty OR agreement"),
        ("and-not", "Korea AND armistice NOT Japan"),
    ];

    /// <summary>The cases the cost benchmark runs (each has at least 20 hits in the first 5,000 FRUS records): a word and its other forms, a phrase, a name, a wildcard.</summary>
    public static IReadOnlyList<string> Measured { get; } = ["stem", "phrase-stopwords", "name-stalin", "wildcard"];

    public static string Text(string name) => All.Single(q => q.Name == name).Text;
}
