using System.Globalization;

namespace ArchiveSite.Web.Tests;

/// <summary>
/// The site on the seeds plus one report a year from 1940 to 1959: a span long enough for the
/// timeline to show years, and more year values than a facet list shows.
/// </summary>
public sealed class ManyYearsSiteFactory : ArchiveSiteFactory
{
    public const int FirstYear = 1940;

    public const int Years = 20;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archivesite-many-" + Guid.NewGuid().ToString("N"));

    public ManyYearsSiteFactory()
    {
        Directory.CreateDirectory(_folder);
        foreach (var seed in Directory.EnumerateFiles(Path.Combine(AppContext.BaseDirectory, "seeds")))
        {
            File.Copy(seed, Path.Combine(_folder, Path.GetFileName(seed)));
        }

        for (var i = 0; i < Years; i++)
        {
            var year = FirstYear + i;
            // Months vary so that a year's bar opens onto months of its own.
            var date = new DateOnly(year, (i % 12) + 1, 5).ToString("MMMM d, yyyy", CultureInfo.InvariantCulture);
            var title = $"Annual aviation report for {year}";
            File.WriteAllText(Path.Combine(_folder, $"report-{year}.txt"),
                $"{title}\n\nCitation:\n\n\"{title}\", {date}, Test Archive, AVPRF, Fond 59, Opis {i}, Delo 1 https://example.org/document/report-{year}\n\n" +
                $"Summary:\n\nThe yearly report.\n\nOriginal Language:\n\nRussian\n\nContents:\n\nTranslation - English\n\nThe aviation school trained pilots in {year}.\n");
        }

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
}
