using System.Net;
using System.Xml.Linq;
using ArchiveSite.Web.Tests.Oai;

namespace ArchiveSite.Web.Tests.Endpoints;

/// <summary>/oai through HTTP: every verb and error code, paging, selective harvesting, and every answer valid against the official schemas.</summary>
public sealed class OaiEndpointTests(OaiEndpointTests.OnePerPage factory) : IClassFixture<OaiEndpointTests.OnePerPage>
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    private static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>The seeds, one record per list answer, so paging shows with two records.</summary>
    public sealed class OnePerPage : ArchiveSiteFactory
    {
        public OnePerPage() => Settings = new Dictionary<string, string> { ["Archive:OaiPageSize"] = "1" };
    }

    private async Task<XDocument> Get(string query)
    {
        var response = await factory.CreateClient().GetAsync("/oai?" + query);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/xml", response.Content.Headers.ContentType?.MediaType);
        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(OaiSchemas.Problems(document));
        return document;
    }

    private static string? ErrorCode(XDocument document) => document.Root!.Element(Oai + "error")?.Attribute("code")?.Value;

    [Fact]
    public async Task IdentifyDescribesTheRepository()
    {
        var identify = (await Get("verb=Identify")).Root!.Element(Oai + "Identify")!;

        Assert.Equal("http://localhost/oai", identify.Element(Oai + "baseURL")!.Value);
        Assert.Equal("2.0", identify.Element(Oai + "protocolVersion")!.Value);
        Assert.Equal("YYYY-MM-DDThh:mm:ssZ", identify.Element(Oai + "granularity")!.Value);
        Assert.Equal("persistent", identify.Element(Oai + "deletedRecord")!.Value);
        Assert.Matches(@"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$", identify.Element(Oai + "earliestDatestamp")!.Value);
    }

    [Fact]
    public async Task GetRecordGivesDublinCoreAtTheRecordsOwnPrecision()
    {
        var record = (await Get("verb=GetRecord&identifier=oai:localhost:112082&metadataPrefix=oai_dc")).Root!.Element(Oai + "GetRecord")!.Element(Oai + "record")!;

        Assert.Equal("oai:localhost:112082", record.Element(Oai + "header")!.Element(Oai + "identifier")!.Value);
        var dc = record.Element(Oai + "metadata")!.Elements().Single();
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", dc.Element(Dc + "title")!.Value);
        Assert.Equal(["Stalin, Joseph"], dc.Elements(Dc + "creator").Select(c => c.Value));
        Assert.Equal("1950-11-20", dc.Element(Dc + "date")!.Value);
        Assert.Equal("http://localhost/documents/112082", dc.Element(Dc + "identifier")!.Value);
        Assert.Contains(dc.Elements(Dc + "relation"), r => r.Value == "APRF, Fond 45, Opis 1, Delo 347, Listy 90-91");
        Assert.StartsWith("\"Telegram from Stalin", dc.Element(Dc + "source")!.Value, StringComparison.Ordinal);
    }

    [Fact]
    public async Task ListsArePagedWithResumptionTokensToTheEnd()
    {
        var identifiers = new List<string>();
        var first = (await Get("verb=ListIdentifiers&metadataPrefix=oai_dc")).Root!.Element(Oai + "ListIdentifiers")!;
        identifiers.AddRange(first.Elements(Oai + "header").Select(h => h.Element(Oai + "identifier")!.Value));
        var token = first.Element(Oai + "resumptionToken")!;
        Assert.Equal("2", token.Attribute("completeListSize")!.Value);
        Assert.Equal("0", token.Attribute("cursor")!.Value);

        var second = (await Get("verb=ListIdentifiers&resumptionToken=" + Uri.EscapeDataString(token.Value))).Root!.Element(Oai + "ListIdentifiers")!;
        identifiers.AddRange(second.Elements(Oai + "header").Select(h => h.Element(Oai + "identifier")!.Value));
        var last = second.Element(Oai + "resumptionToken")!;
        Assert.Equal("", last.Value); // an empty token: the list is complete
        Assert.Equal("1", last.Attribute("cursor")!.Value);

        Assert.Equal(["oai:localhost:112079", "oai:localhost:112082"], identifiers.Order());
    }

    [Fact]
    public async Task ListRecordsBySetAndListSetsByArchive()
    {
        var sets = (await Get("verb=ListSets")).Root!.Element(Oai + "ListSets")!.Elements(Oai + "set").Select(s => s.Element(Oai + "setSpec")!.Value);
        Assert.Equal(["archive:aprf", "archive:avprf"], sets);

        var records = (await Get("verb=ListRecords&metadataPrefix=oai_dc&set=archive:aprf")).Root!.Element(Oai + "ListRecords")!;
        Assert.Single(records.Elements(Oai + "record"));
        Assert.All(records.Descendants(Oai + "setSpec"), s => Assert.StartsWith("archive:", s.Value, StringComparison.Ordinal));

        Assert.Equal("noRecordsMatch", ErrorCode(await Get("verb=ListRecords&metadataPrefix=oai_dc&set=archive:rgaspi")));
    }

    [Fact]
    public async Task DatestampsSelectWhatChangedSince()
    {
        var all = await Get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2000-01-01&until=2999-12-31");
        Assert.NotNull(all.Root!.Element(Oai + "ListIdentifiers"));

        Assert.Equal("noRecordsMatch", ErrorCode(await Get("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2999-01-01")));
        Assert.Equal("noRecordsMatch", ErrorCode(await Get("verb=ListIdentifiers&metadataPrefix=oai_dc&until=2000-01-01T00:00:00Z")));
    }

    [Theory]
    [InlineData("", "badVerb")]
    [InlineData("verb=Harvest", "badVerb")]
    [InlineData("verb=Identify&verb=Identify", "badVerb")]
    [InlineData("verb=Identify&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords", "badArgument")]
    [InlineData("verb=GetRecord&identifier=oai:localhost:112082", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2000-01-01&until=2999-01-01T00:00:00Z", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&from=2001-01-01&until=2000-01-01", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc", "badArgument")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&identifier=oai:localhost:112082&metadataPrefix=not%20a%20prefix", "cannotDisseminateFormat")]
    [InlineData("verb=GetRecord&identifier=oai:localhost:999&metadataPrefix=oai_dc", "idDoesNotExist")]
    [InlineData("verb=GetRecord&identifier=112082&metadataPrefix=oai_dc", "idDoesNotExist")]
    [InlineData("verb=ListMetadataFormats&identifier=oai:localhost:999", "idDoesNotExist")]
    [InlineData("verb=ListRecords&resumptionToken=not-a-token", "badResumptionToken")]
    [InlineData("verb=ListSets&resumptionToken=anything", "badResumptionToken")]
    public async Task EachMistakeGetsItsErrorCodeInAValidDocument(string query, string code)
    {
        var document = await Get(query);

        Assert.Equal(code, ErrorCode(document));
        Assert.False(string.IsNullOrWhiteSpace(document.Root!.Element(Oai + "error")!.Value), "The error says what is wrong.");
        if (code is "badVerb" or "badArgument")
        {
            Assert.Empty(document.Root!.Element(Oai + "request")!.Attributes());
        }
    }

    [Fact]
    public async Task APostedFormIsAnsweredAsTheSameGet()
    {
        var response = await factory.CreateClient().PostAsync("/oai", new FormUrlEncodedContent([new("verb", "GetRecord"), new("identifier", "oai:localhost:112079"), new("metadataPrefix", "oai_dc")]));

        var document = XDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Empty(OaiSchemas.Problems(document));
        Assert.Equal("oai:localhost:112079", document.Descendants(Oai + "identifier").Single().Value);
        Assert.Equal("GetRecord", document.Root!.Element(Oai + "request")!.Attribute("verb")!.Value);
    }
}
