using System.Globalization;

namespace ArchiveSite.Web.Tests;

/// <summary>
/// The site on the seeds plus two collections made for their order: five documents of a FRUS
/// volume (numbers 2, 10, 14, 15 and 16, written in an order that is neither numeric nor by
/// character), and <see cref="FondRecords"/> records of one delo of APRF, Fond 45, more than a page,
/// whose listy run against their dates (so archival order and date order differ).
/// </summary>
public sealed class CollectionsSiteFactory : ArchiveSiteFactory
{
    /// <summary>The volume's title, as its citations give it before ", Document N".</summary>
    public const string VolumeTitle = "Foreign Relations of the United States, 1964–1968, Volume XV, Germany and Berlin";

    /// <summary>The document numbers of the volume's records.</summary>
    public static readonly int[] VolumeNumbers = [15, 2, 16, 10, 14];

    /// <summary>How many records are added to APRF, Fond 45 (the seeds are two more).</summary>
    public const int FondRecords = 55;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archivesite-collections-" + Guid.NewGuid().ToString("N"));

    public CollectionsSiteFactory()
    {
        Directory.CreateDirectory(_folder);
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
        {
            File.Copy(seed, Path.Combine(_folder, Path.GetFileName(seed)));
        }

        foreach (var number in VolumeNumbers)
        {
            var title = $"Memorandum on Berlin, number {number}";
            var date = new DateOnly(1964, 1, 1).AddDays(100 - number).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            Write($"frus1964-68v15-d{number}", title,
                $"“{title},” {date}, {VolumeTitle}, Document {number}, Central Files, POL 38–6 <https://history.state.gov/historicaldocuments/frus1964-68v15/d{number}>");
        }

        for (var i = 1; i <= FondRecords; i++)
        {
            // Listy 1000 + i: the later the listy, the earlier the date.
            var title = $"Report on the air regiments, part {i}";
            var date = new DateOnly(1951, 12, 31).AddDays(-i).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            Write($"fond-{i}", title, $"\"{title}\", {date}, Test Archive, APRF, Fond 45, Opis 1, Delo 400, Listy {1000 + i} https://example.org/document/fond-{i}");
        }

        DocumentsPath = _folder;
    }

    /// <summary>The permalink id of the added record in the fond at listy 1000 + <paramref name="i"/>.</summary>
    public static string FondId(int i) => $"fond-{i}";

    private void Write(string id, string title, string citation) =>
        File.WriteAllText(Path.Combine(_folder, id + ".txt"),
            $"{title}\n\nCitation:\n\n{citation}\n\nSummary:\n\nA record made for the tests of collections.\n\nOriginal Language:\n\nEnglish\n\nContents:\n\nOriginal\n\nThe pilots and the regiments were reported on.\n");

    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing && Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }
}
