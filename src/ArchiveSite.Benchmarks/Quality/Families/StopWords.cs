namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// The classic English list of function words (the one Lucene's English analyzer drops; FTS5 keeps
/// them), written out here so that a change to our analysis never changes the queries the harness
/// measures it with.
/// </summary>
internal static class StopWords
{
    public static readonly IReadOnlySet<string> English = new HashSet<string>(StringComparer.OrdinalIgnoreCase)
    {
        "a", "an", "and", "are", "as", "at", "be", "but", "by", "for", "if", "in", "into", "is", "it", "no", "not",
        "of", "on", "or", "such", "that", "the", "their", "then", "there", "these", "they", "this", "to", "was", "will", "with",
    };
}
