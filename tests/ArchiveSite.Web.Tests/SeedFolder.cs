namespace ArchiveSite.Web.Tests;

/// <summary>
/// A private temporary folder holding a copy of the seeds (<see cref="Documents"/>) and room for a
/// version store (<see cref="Versions"/>), for tests that change records between two starts of the site.
/// </summary>
public sealed class SeedFolder : IDisposable
{
    public SeedFolder()
    {
        Directory.CreateDirectory(Documents);
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
        {
            File.Copy(seed, Path.Combine(Documents, Path.GetFileName(seed)));
        }
    }

    /// <summary>The whole folder.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "archivesite-seedfolder-" + Guid.NewGuid().ToString("N"));

    /// <summary>The documents folder: the two seeds, as shipped.</summary>
    public string Documents => Path.Combine(Root, "documents");

    /// <summary>A version store folder that outlives each site started on it.</summary>
    public string Versions => Path.Combine(Root, "versions");

    /// <summary>The seed file of a record: 112082 or 112079.</summary>
    public string Seed(string id) => Path.Combine(Documents, id switch
    {
        "112082" => "000_cd096c47c91ecbde.txt",
        "112079" => "001_2faefe3a7cba56ed.txt",
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    });

    /// <summary>An index folder that outlives each site started on it (used by <see cref="SiteKeepingIndex"/>).</summary>
    public string Index => Path.Combine(Root, "index");

    /// <summary>A site on these documents and this version store.</summary>
    public ArchiveSiteFactory Site() => new() { DocumentsPath = Documents, VersionsPath = Versions };

    /// <summary>A site on these documents, this version store and this folder's index, kept between starts.</summary>
    public ArchiveSiteFactory SiteKeepingIndex(bool readOnly = false) => new()
    {
        DocumentsPath = readOnly ? Path.Combine(Root, "no-documents-needed") : Documents,
        VersionsPath = Versions,
        Settings = new Dictionary<string, string> { ["Archive:IndexPath"] = Index, ["Archive:ReadOnly"] = readOnly ? "true" : "false" },
    };

    /// <summary>
    /// Deletes the folder. A site's background work (a rebuild after damage, the whole-log check)
    /// can still be finishing a write just after its test ends, which makes a recursive delete find
    /// a folder not yet empty; it is tried again for a few seconds before the failure is reported.
    /// </summary>
    public void Dispose()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                Directory.Delete(Root, recursive: true);
                return;
            }
            catch (DirectoryNotFoundException) when (attempt > 1)
            {
                return; // an earlier attempt removed it after all
            }
            catch (IOException) when (attempt < 20)
            {
                Thread.Sleep(250);
            }
        }
    }
}
