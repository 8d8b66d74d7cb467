using System.Xml.Linq;

namespace ArchiveSite.Web.Tests.Oai;

/// <summary>The validator the OAI tests rely on finds real mistakes (so a passing test means a valid answer).</summary>
public sealed class OaiSchemasTests
{
    private const string Valid = """
        <OAI-PMH xmlns="http://www.openarchives.org/OAI/2.0/">
          <responseDate>2026-11-23T12:00:00Z</responseDate>
          <request verb="GetRecord" identifier="oai:x.org:1" metadataPrefix="oai_dc">http://x.org/oai</request>
          <GetRecord><record>
            <header><identifier>oai:x.org:1</identifier><datestamp>2026-11-23T12:00:00Z</datestamp></header>
            <metadata><oai_dc:dc xmlns:oai_dc="http://www.openarchives.org/OAI/2.0/oai_dc/" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:title>T</dc:title></oai_dc:dc></metadata>
          </record></GetRecord>
        </OAI-PMH>
        """;

    [Fact]
    public void AValidAnswerHasNoProblems()
    {
        Assert.Empty(OaiSchemas.Problems(XDocument.Parse(Valid)));
    }

    [Theory]
    [InlineData("<responseDate>2026-11-23T12:00:00Z</responseDate>", "<responseDate>23 November 2026</responseDate>")] // not a UTC datetime
    [InlineData("<datestamp>2026-11-23T12:00:00Z</datestamp>", "<datestamp>2026-11-23T12:00:00+01:00</datestamp>")] // not in Z notation
    [InlineData("<dc:title>T</dc:title>", "<dc:heading>T</dc:heading>")] // not a Dublin Core element: metadata is checked strictly
    [InlineData("verb=\"GetRecord\"", "verb=\"Harvest\"")] // not a verb
    [InlineData("<header>", "<header status=\"gone\">")] // not a status
    public void AMistakeIsFound(string part, string mistake)
    {
        Assert.NotEmpty(OaiSchemas.Problems(XDocument.Parse(Valid.Replace(part, mistake, StringComparison.Ordinal))));
    }
}
