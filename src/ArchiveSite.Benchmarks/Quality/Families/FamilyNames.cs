namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>The query families, in the order reports list them.</summary>
internal static class FamilyNames
{
    public const string BodyRun = "body-run";
    public const string BodyRunQuoted = "body-run-quoted";
    public const string TitleDate = "title-date";
    public const string NamePlace = "name-place";
    public const string ArchivalReference = "archival-reference";
    public const string MisspeltName = "misspelt-name";
    public const string FrusDocument = "frus-document";

    /// <summary>The hand-judged family: graded relevance instead of a known item.</summary>
    public const string Topical = "topical";

    public static readonly IReadOnlyList<string> All = [BodyRun, BodyRunQuoted, TitleDate, NamePlace, ArchivalReference, MisspeltName, FrusDocument, Topical];
}
