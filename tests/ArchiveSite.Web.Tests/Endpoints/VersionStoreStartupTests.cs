using System.Xml.Linq;
using Serilog.Events;

namespace ArchiveSite.Web.Tests.Endpoints;

/// <summary>The version store across restarts: a corrected record gets a new text and datestamp, the others keep theirs.</summary>
public sealed class VersionStoreStartupTests : IDisposable
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";

    private readonly SeedFolder _seeds = new();

    private static async Task<Dictionary<string, string>> Datestamps(ArchiveSiteFactory site)
    {
        var document = XDocument.Parse(await site.CreateClient().GetStringAsync("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc"));
        return document.Descendants(Oai + "header").ToDictionary(
            h => h.Element(Oai + "identifier")!.Value,
            h => h.Element(Oai + "datestamp")!.Value);
    }

    [Fact]
    public async Task ACorrectedRecordGetsANewDatestampAndTheStoreKeepsBothTexts()
    {
        Dictionary<string, string> before;
        using (var first = _seeds.Site())
        {
            before = await Datestamps(first);
            Assert.Contains(first.Logs.Messages(LogEventLevel.Information), m => m.Contains("2 new records", StringComparison.Ordinal));
        }

        // Datestamps have whole seconds: let one pass before the correction is loaded.
        await Task.Delay(1100);
        var file = _seeds.Seed("112082");
        File.WriteAllText(file, File.ReadAllText(file).Replace("after a delay", "after a long delay", StringComparison.Ordinal));

        using var second = _seeds.Site();
        var after = await Datestamps(second);

        Assert.Equal(before["oai:localhost:112079"], after["oai:localhost:112079"]);
        Assert.True(string.CompareOrdinal(after["oai:localhost:112082"], before["oai:localhost:112082"]) > 0, $"{after["oai:localhost:112082"]} should be after {before["oai:localhost:112082"]}");
        Assert.Contains(second.Logs.Messages(LogEventLevel.Information), m => m.Contains("1 changed texts", StringComparison.Ordinal) && m.Contains("3 texts in all", StringComparison.Ordinal));

        var since = XDocument.Parse(await second.CreateClient().GetStringAsync("/oai?verb=ListIdentifiers&metadataPrefix=oai_dc&from=" + after["oai:localhost:112082"]));
        Assert.Equal(["oai:localhost:112082"], since.Descendants(Oai + "identifier").Select(i => i.Value));
    }

    public void Dispose() => _seeds.Dispose();
}
