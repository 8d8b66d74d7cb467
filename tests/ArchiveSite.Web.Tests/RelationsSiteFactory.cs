namespace ArchiveSite.Web.Tests;

/// <summary>
/// The site on the seeds plus three records made for archival order: filed in the seeds' delo at
/// listy 9 and 165 (so that numbers, not characters, must order them) and one without a reference;
/// their dates are chosen so that date order and archival order differ.
/// </summary>
public sealed class RelationsSiteFactory : ArchiveSiteFactory
{
    private readonly string _folder;

    public RelationsSiteFactory()
    {
        _folder = Path.Combine(Path.GetTempPath(), "archivesite-relations", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        foreach (var seed in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
        {
            File.Copy(seed, Path.Combine(_folder, Path.GetFileName(seed)));
        }

        Write("listy-9", "Report on aircraft deliveries", "December 1, 1950", "APRF, Fond 45, Opis 1, Delo 347, Listy 9");
        Write("listy-165", "Report on airfield construction", "November 1, 1950", "APRF, Fond 45, Opis 1, Delo 347, Listy 165");
        Write("unfiled", "Note on the training of pilots", "October 1, 1950", null);
        DocumentsPath = _folder;
    }

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private void Write(string id, string title, string date, string? reference)
    {
        var filed = reference is null ? "" : $", {reference}";
        var text = $"{title}\n\nCitation:\n\n\"{title}\", {date}, Test Archive{filed} https://example.org/document/{id}\n\n" +
            $"Summary:\n\nA record made for the tests of archival order.\n\nOriginal Language:\n\nRussian\n\nContents:\n\nTranslation - English\n\n" +
            "The pilots and the aircraft were reported on.\n";
        File.WriteAllText(Path.Combine(_folder, id + ".txt"), text);
    }
}
