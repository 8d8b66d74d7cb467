using System.Text.Json;
using ArchiveSite.Core.Citations;
using static ArchiveSite.Core.Tests.Citations.CitationSamples;

namespace ArchiveSite.Core.Tests.Citations;

public sealed class CitationMetadataTests
{
    private static string? Meta(CitationContext context, string name) =>
        CitationMetadata.MetaTags(context).Where(t => t.Key == name).Select(t => t.Value).FirstOrDefault();

    [Theory]
    [InlineData("November 20, 1950", "1950/11/20", "1950-11-20")]
    [InlineData("November 1950", "1950/11", "1950-11")]
    [InlineData("1949", "1949", "1949")]
    public void DatesKeepTheirPrecisionInTheMetaTags(string date, string highwire, string dublinCore)
    {
        var context = Dated(date);

        Assert.Equal(highwire, Meta(context, "citation_date"));
        Assert.Equal(dublinCore, Meta(context, "DC.date"));
    }

    [Fact]
    public void EachReferenceIsADublinCoreRelationAndTheLocationIsGivenWhole()
    {
        var context = Seed("112082");

        Assert.Equal(["APRF, Fond 45, Opis 1, Delo 347, Listy 90-91", "AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166"],
            CitationMetadata.MetaTags(context).Where(t => t.Key == "DC.relation").Select(t => t.Value));
        Assert.Equal("https://archive.example.org/documents/112082", Meta(context, "DC.identifier"));
    }

    [Fact]
    public void JsonLdCannotCloseItsScriptElement()
    {
        var context = Seed("112082");
        context = context with { Document = context.Document with { Summary = "A </script><script>alert(1)</script> summary" } };

        var json = CitationMetadata.JsonLd(context, "abcdefabcdef");

        Assert.DoesNotContain("</script>", json, StringComparison.OrdinalIgnoreCase);
        Assert.Equal("A </script><script>alert(1)</script> summary", JsonDocument.Parse(json).RootElement.GetProperty("description").GetString());
    }
}
