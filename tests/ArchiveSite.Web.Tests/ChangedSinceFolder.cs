using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Web.Tests;

/// <summary>
/// Real records that changed since yesterday, for searches pinned to a moment: the two seeds and
/// two FRUS records, their texts in the version store as a site started two days ago left it; then,
/// today, one FRUS record corrected ("we welcome his idea" → "we warmly welcome his idea"), one seed
/// withdrawn and one FRUS record added. A site started on it records today's changes as it starts.
/// </summary>
public sealed class ChangedSinceFolder : IDisposable
{
    public const string Corrected = "frus1948v01p1-d119";
    public const string Unchanged = "frus1948v01p1-d130";
    public const string Added = "frus1948v01p1-d160";
    public const string Withdrawn = "112079";

    private readonly SeedFolder _folder = new();

    public ChangedSinceFolder()
    {
        foreach (var id in new[] { Corrected, Unchanged })
        {
            File.Copy(Frus(id), Path.Combine(_folder.Documents, id + ".md"));
        }

        // The store as a site started two days ago left it: every text first served then.
        var then = DocumentLoader.Load(_folder.Documents).Documents;
        var store = VersionStore.Open(_folder.Versions);
        store.Record(then, DateTimeOffset.UtcNow.AddDays(-2));
        VersionsThen = then.ToDictionary(d => d.Id, d => store.History(d.Id).Single().Version);

        var corrected = Path.Combine(_folder.Documents, Corrected + ".md");
        File.WriteAllText(corrected, File.ReadAllText(corrected).Replace("we welcome his idea", "we warmly welcome his idea", StringComparison.Ordinal));
        File.Delete(_folder.Seed(Withdrawn));
        File.Copy(Frus(Added), Path.Combine(_folder.Documents, Added + ".md"));
    }

    /// <summary>Each record's text two days ago, by id.</summary>
    public IReadOnlyDictionary<string, string> VersionsThen { get; }

    /// <summary>Yesterday's date (UTC), as a pin: before today's changes, after the store began.</summary>
    public static string Yesterday => DateTime.UtcNow.AddDays(-1).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A site on these records and this version store.</summary>
    public ArchiveSiteFactory Site() => _folder.Site();

    private static string Frus(string id) => Path.Combine(ArchiveSite.Core.Tests.RepositoryPaths.FrusSlice, id + ".md");

    public void Dispose() => _folder.Dispose();
}
