namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// The rule for the repository's sets: one per archive the records name (APRF, AVPRF…), as the
/// archive facet groups them, keyed by the archive's name made fit for a set spec.
/// </summary>
public static class OaiSets
{
    /// <summary>"archive:aprf": set specs allow only letters, digits and a few marks.</summary>
    public static string Spec(string archive) =>
        "archive:" + new string(archive.ToLowerInvariant().Select(c => char.IsAsciiLetterOrDigit(c) ? c : '-').ToArray()).Trim('-');

    /// <summary>
    /// One set per archive named, in ordinal order. Two names that make the same spec are one set,
    /// named by the first, since a harvester could not tell them apart.
    /// </summary>
    public static IReadOnlyList<OaiSet> Of(IEnumerable<string> archives) =>
        archives.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)
            .Select(a => new OaiSet(Spec(a), a)).DistinctBy(s => s.Spec).ToArray();
}
