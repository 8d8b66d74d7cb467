using System.Xml.Linq;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Harvesting;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Tests.Harvesting;

/// <summary>The provider's answers from its catalogue: paging, tokens across a reload, identifiers, and what an error answer echoes.</summary>
public sealed class OaiPmhProviderTests
{
    private static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = Monday.AddDays(7);

    private static readonly OaiRepository Repository = new("Archive", "http://archive.example/oai", "archivist@archive.example", "archive.example", id => "http://archive.example/documents/" + id);

    private static readonly Dictionary<string, ArchiveDocument> Seeds = new[] { "112079", "112082" }
        .Select(id => DocumentLoader.LoadFile(RepositoryPaths.Seed(id), Path.GetFileName(RepositoryPaths.Seed(id))).Document!)
        .ToDictionary(d => d.Id);

    // Listed out of order: the provider pages by datestamp, then id.
    private static readonly OaiHeader[] Headers =
    [
        new("112082", Monday.AddHours(1), ["archive:aprf"]),
        new("112079", Monday, ["archive:avprf"]),
    ];

    private static readonly OaiSet[] Sets = [new("archive:aprf", "APRF"), new("archive:avprf", "AVPRF")];

    private static OaiPmhProvider Provider(IEnumerable<OaiHeader>? headers = null, IReadOnlyList<OaiSet>? sets = null, int pageSize = 1) =>
        new(headers ?? Headers, sets ?? Sets, id => Seeds.GetValueOrDefault(id), NameAuthority.Default, pageSize);

    private static XElement Answer(OaiPmhProvider provider, string query) =>
        provider.Respond(Repository, query.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToArray(), Now).Root!;

    private static (string Code, string Message) Error(XElement answer) =>
        answer.Element(Oai + "error") is { } error ? (error.Attribute("code")!.Value, error.Value) : ("", "");

    private static string[] Identifiers(XElement list) => list.Descendants(Oai + "identifier").Select(i => i.Value).ToArray();

    [Fact]
    public void AListIsPagedInDatestampOrderToAnEmptyTokenAtTheEnd()
    {
        var provider = Provider();

        var first = Answer(provider, "verb=ListIdentifiers&metadataPrefix=oai_dc").Element(Oai + "ListIdentifiers")!;
        var token = first.Element(Oai + "resumptionToken")!;
        var second = Answer(provider, "verb=ListIdentifiers&resumptionToken=" + token.Value).Element(Oai + "ListIdentifiers")!;
        var last = second.Element(Oai + "resumptionToken")!;

        Assert.Equal(["oai:archive.example:112079"], Identifiers(first));
        Assert.Equal(("2", "0"), (token.Attribute("completeListSize")!.Value, token.Attribute("cursor")!.Value));
        Assert.NotEqual("", token.Value);
        Assert.Equal(["oai:archive.example:112082"], Identifiers(second));
        Assert.Equal(("2", "1", ""), (last.Attribute("completeListSize")!.Value, last.Attribute("cursor")!.Value, last.Value));
    }

    [Fact]
    public void AListThatFitsOnePageHasNoToken()
    {
        var list = Answer(Provider(pageSize: 2), "verb=ListRecords&metadataPrefix=oai_dc").Element(Oai + "ListRecords")!;

        Assert.Equal(2, list.Elements(Oai + "record").Count());
        Assert.Null(list.Element(Oai + "resumptionToken"));
    }

    [Fact]
    public void ATokenIssuedBeforeAReloadIsRefusedAfterIt()
    {
        var token = Answer(Provider(), "verb=ListRecords&metadataPrefix=oai_dc").Descendants(Oai + "resumptionToken").Single().Value;
        var reloaded = Provider([Headers[0] with { Datestamp = Monday.AddHours(2) }, Headers[1]]);

        Assert.Equal(
            ("badResumptionToken", "The archive has changed since this resumption token was issued; start the list again."),
            Error(Answer(reloaded, "verb=ListRecords&resumptionToken=" + token)));
    }

    [Fact]
    public void ATokenStillGoodInTheSameCatalogueResumesInAnotherProvider()
    {
        var token = Answer(Provider(), "verb=ListIdentifiers&metadataPrefix=oai_dc").Descendants(Oai + "resumptionToken").Single().Value;

        Assert.Equal(["oai:archive.example:112082"], Identifiers(Answer(Provider(Headers.Reverse()), "verb=ListIdentifiers&resumptionToken=" + token)));
    }

    [Fact]
    public void ATokenPastTheEndOfTheListIsRefused()
    {
        var fingerprint = ResumptionToken.Fingerprint(Headers.OrderBy(h => h.Datestamp));
        var token = ResumptionToken.Write(new OaiListQuery(null, null, null, 2), fingerprint);

        Assert.Equal(
            ("badResumptionToken", "The resumption token points past the end of the list."),
            Error(Answer(Provider(), "verb=ListIdentifiers&resumptionToken=" + token)));
    }

    [Fact]
    public void AnIdentifierOfAnotherRepositoryDoesNotExistAndTheErrorShowsOneThatDoes()
    {
        Assert.Equal(
            ("idDoesNotExist", "'oai:archivesite:112082' is not an identifier in this repository; identifiers look like oai:archive.example:112079."),
            Error(Answer(Provider(), "verb=GetRecord&identifier=oai:archivesite:112082&metadataPrefix=oai_dc")));
        Assert.Equal("idDoesNotExist", Error(Answer(Provider(), "verb=GetRecord&identifier=112082&metadataPrefix=oai_dc")).Code);
    }

    [Fact]
    public void GetRecordChecksTheIdentifierBeforeTheFormat()
    {
        Assert.Equal("idDoesNotExist", Error(Answer(Provider(), "verb=GetRecord&identifier=oai:archive.example:999&metadataPrefix=marc21")).Code);
        Assert.Equal("cannotDisseminateFormat", Error(Answer(Provider(), "verb=GetRecord&identifier=oai:archive.example:112082&metadataPrefix=marc21")).Code);
    }

    [Fact]
    public void ARecordNoLongerServedIsReportedByItsIdentifier()
    {
        var provider = Provider([.. Headers, new OaiHeader("112000", Monday.AddHours(2), [])], pageSize: 10);

        Assert.Equal(
            ("idDoesNotExist", "The record oai:archive.example:112000 is no longer served."),
            Error(Answer(provider, "verb=ListRecords&metadataPrefix=oai_dc")));
        Assert.NotNull(Answer(provider, "verb=ListIdentifiers&metadataPrefix=oai_dc").Element(Oai + "ListIdentifiers"));
    }

    [Fact]
    public void WithoutSetsListSetsAndASetAreNoSetHierarchy()
    {
        var provider = Provider(sets: []);

        Assert.Equal("noSetHierarchy", Error(Answer(provider, "verb=ListSets")).Code);
        Assert.Equal("noSetHierarchy", Error(Answer(provider, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=archive:aprf")).Code);
    }

    [Fact]
    public void NoSetSelectingNothingIsNoRecordsMatch()
    {
        Assert.Equal("noRecordsMatch", Error(Answer(Provider(), "verb=ListIdentifiers&metadataPrefix=oai_dc&set=archive:rgaspi")).Code);
        Assert.Equal(["oai:archive.example:112082"], Identifiers(Answer(Provider(), "verb=ListIdentifiers&metadataPrefix=oai_dc&set=archive:aprf")));
    }

    [Fact]
    public void TheEarliestDatestampIsTheFirstRecordsOrTheEpochForNone()
    {
        Assert.Equal(Monday, Provider().EarliestDatestamp);
        Assert.Equal(DateTimeOffset.UnixEpoch, Provider([]).EarliestDatestamp);
        Assert.Equal("2026-11-23T09:00:00Z", Answer(Provider(), "verb=Identify").Descendants(Oai + "earliestDatestamp").Single().Value);
    }

    [Fact]
    public void TheRequestElementEchoesTheArgumentsOnlyAsTheErrorAllows()
    {
        static XElement Request(string query) => Answer(Provider(), query).Element(Oai + "request")!;

        Assert.Equal(["verb", "identifier", "metadataPrefix"], Request("verb=GetRecord&identifier=oai:archive.example:112082&metadataPrefix=oai_dc").Attributes().Select(a => a.Name.LocalName));
        Assert.Equal(["verb", "identifier"], Request("verb=GetRecord&identifier=oai:archive.example:112082&metadataPrefix=not a prefix").Attributes().Select(a => a.Name.LocalName));
        Assert.Empty(Request("verb=ListRecords&metadataPrefix=oai_dc&from=yesterday").Attributes());
        Assert.Empty(Request("verb=Harvest").Attributes());
        Assert.Equal("http://archive.example/oai", Request("verb=Harvest").Value);
    }

    private static readonly OaiHeader Withdrawn = new("112000", Monday.AddDays(2), ["archive:aprf"], Deleted: true);

    [Fact]
    public void IdentifySaysDeletionsAreKeptForGood()
    {
        Assert.Equal("persistent", Answer(Provider(), "verb=Identify").Descendants(Oai + "deletedRecord").Single().Value);
    }

    [Fact]
    public void AWithdrawnRecordIsListedAsDeletedWithItsDatestampAndSets()
    {
        var provider = Provider([.. Headers, Withdrawn], pageSize: 10);

        var header = Answer(provider, "verb=ListIdentifiers&metadataPrefix=oai_dc").Descendants(Oai + "header").Last();
        var record = Answer(provider, "verb=ListRecords&metadataPrefix=oai_dc").Descendants(Oai + "record").Last();

        Assert.Equal(("deleted", "oai:archive.example:112000", "2026-11-25T09:00:00Z", "archive:aprf"),
            (header.Attribute("status")?.Value, header.Element(Oai + "identifier")!.Value, header.Element(Oai + "datestamp")!.Value, header.Element(Oai + "setSpec")!.Value));
        Assert.Equal("deleted", record.Element(Oai + "header")!.Attribute("status")?.Value);
        Assert.Null(record.Element(Oai + "metadata"));
        Assert.All(Answer(provider, "verb=ListRecords&metadataPrefix=oai_dc").Descendants(Oai + "record").SkipLast(1),
            r => Assert.NotNull(r.Element(Oai + "metadata")));
    }

    [Fact]
    public void GetRecordOfAWithdrawnRecordIsItsDeletedHeaderAlone()
    {
        var record = Answer(Provider([.. Headers, Withdrawn]), "verb=GetRecord&identifier=oai:archive.example:112000&metadataPrefix=oai_dc")
            .Element(Oai + "GetRecord")!.Element(Oai + "record")!;

        Assert.Equal("deleted", record.Element(Oai + "header")!.Attribute("status")?.Value);
        Assert.Null(record.Element(Oai + "metadata"));
    }

    [Fact]
    public void SelectiveHarvestingIncludesTheDeletionsInRange()
    {
        var provider = Provider([.. Headers, Withdrawn], pageSize: 10);

        Assert.Equal(["oai:archive.example:112000"], Identifiers(Answer(provider, "verb=ListIdentifiers&metadataPrefix=oai_dc&from=2026-11-25")));
        Assert.Equal(["oai:archive.example:112082", "oai:archive.example:112000"], Identifiers(Answer(provider, "verb=ListIdentifiers&metadataPrefix=oai_dc&set=archive:aprf")));
        Assert.DoesNotContain("oai:archive.example:112000", Identifiers(Answer(provider, "verb=ListIdentifiers&metadataPrefix=oai_dc&until=2026-11-24")));
        Assert.Equal(["oai:archive.example:112000"], Identifiers(Answer(provider, "verb=ListRecords&metadataPrefix=oai_dc&from=2026-11-25T09:00:00Z&until=2026-11-25T09:00:00Z")));
    }

    [Fact]
    public void TheResponseDateIsTheTimeOfAskingInUtc()
    {
        Assert.Equal("2026-11-30T09:00:00Z", Answer(Provider(), "verb=Identify").Element(Oai + "responseDate")!.Value);
    }
}
