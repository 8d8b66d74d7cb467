using System.Xml.Linq;
using ArchiveSite.Web.Tests.Oai;
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

    private static async Task<XDocument> Harvest(ArchiveSiteFactory site, string query)
    {
        var document = XDocument.Parse(await site.CreateClient().GetStringAsync("/oai?" + query));
        Assert.Empty(OaiSchemas.Problems(document));
        return document;
    }

    private static XElement? HeaderOf(XDocument answer, string identifier) =>
        answer.Descendants(Oai + "header").SingleOrDefault(h => h.Element(Oai + "identifier")!.Value == identifier);

    [Fact]
    public async Task ARecordThatLeavesTheCorpusIsHarvestedAsDeletedUntilItComesBack()
    {
        using (var first = _seeds.Site())
        {
            Assert.Equal("persistent", (await Harvest(first, "verb=Identify")).Descendants(Oai + "deletedRecord").Single().Value);
        }

        var file = _seeds.Seed("112082");
        var kept = File.ReadAllBytes(file);
        File.Delete(file);
        await Task.Delay(1100); // datestamps have whole seconds

        string left;
        using (var second = _seeds.Site())
        {
            Assert.Equal(System.Net.HttpStatusCode.Gone, (await second.CreateClient().GetAsync("/documents/112082")).StatusCode);
            var deleted = HeaderOf(await Harvest(second, "verb=ListIdentifiers&metadataPrefix=oai_dc"), "oai:localhost:112082")!;
            Assert.Equal("deleted", deleted.Attribute("status")?.Value);
            Assert.Equal(["archive:aprf", "archive:avprf"], deleted.Elements(Oai + "setSpec").Select(s => s.Value));
            left = deleted.Element(Oai + "datestamp")!.Value;

            var record = (await Harvest(second, "verb=GetRecord&identifier=oai:localhost:112082&metadataPrefix=oai_dc")).Descendants(Oai + "record").Single();
            Assert.Equal("deleted", record.Element(Oai + "header")!.Attribute("status")?.Value);
            Assert.Null(record.Element(Oai + "metadata"));

            // Selective harvesting: in range by date and by set, with its header alone among the records.
            var since = await Harvest(second, "verb=ListRecords&metadataPrefix=oai_dc&from=" + left);
            Assert.Equal(["oai:localhost:112082"], since.Descendants(Oai + "identifier").Select(i => i.Value));
            Assert.Empty(since.Descendants(Oai + "metadata"));
            Assert.NotNull(HeaderOf(await Harvest(second, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=archive:aprf"), "oai:localhost:112082"));
            var before = await Harvest(second, "verb=ListIdentifiers&metadataPrefix=oai_dc&until=" + DateTimeOffset.Parse(left, System.Globalization.CultureInfo.InvariantCulture).AddSeconds(-1).UtcDateTime.ToString("yyyy-MM-ddTHH:mm:ssZ", System.Globalization.CultureInfo.InvariantCulture));
            Assert.Null(HeaderOf(before, "oai:localhost:112082"));
            Assert.Contains(second.Logs.Messages(LogEventLevel.Information), m => m.Contains("1 records no longer served marked withdrawn", StringComparison.Ordinal));
        }

        // It comes back unchanged: served again, and datestamped when it came back, so a harvester that saw it deleted fetches it again.
        File.WriteAllBytes(file, kept);
        await Task.Delay(1100);
        using var third = _seeds.Site();
        var back = HeaderOf(await Harvest(third, "verb=ListIdentifiers&metadataPrefix=oai_dc"), "oai:localhost:112082")!;
        Assert.Null(back.Attribute("status"));
        Assert.True(string.CompareOrdinal(back.Element(Oai + "datestamp")!.Value, left) > 0);
        Assert.NotNull((await Harvest(third, "verb=GetRecord&identifier=oai:localhost:112082&metadataPrefix=oai_dc")).Descendants(Oai + "metadata").SingleOrDefault());
    }

    public void Dispose() => _seeds.Dispose();
}
