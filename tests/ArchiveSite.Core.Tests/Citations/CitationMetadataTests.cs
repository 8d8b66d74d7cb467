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
    public void TheSenderIsTheAuthorOfEveryTagAndTheAddresseeTheJsonLdRecipient()
    {
        var context = Seed("112082");

        Assert.Equal("Stalin, Joseph", Meta(context, "citation_author"));
        Assert.Equal("Stalin, Joseph", Meta(context, "DC.creator"));
        var jsonLd = JsonDocument.Parse(CitationMetadata.JsonLd(context, "abcdefabcdef")).RootElement;
        var author = Assert.Single(jsonLd.GetProperty("author").EnumerateArray());
        Assert.Equal("Person", author.GetProperty("@type").GetString());
        Assert.Equal("Joseph Stalin", author.GetProperty("name").GetString());
        Assert.Equal("Stalin", author.GetProperty("familyName").GetString());
        var recipient = Assert.Single(jsonLd.GetProperty("recipient").EnumerateArray());
        Assert.Equal("Kim Il Sung", recipient.GetProperty("name").GetString());
        Assert.Equal("Kim", recipient.GetProperty("familyName").GetString());
        // schema.org gives recipients to messages.
        Assert.Contains("Message", jsonLd.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
    }

    [Fact]
    public void AnOfficeIsNamedAsTextNotAssertedToBeAPersonOrAnOrganization()
    {
        var jsonLd = JsonDocument.Parse(CitationMetadata.JsonLd(Titled("Telegram From the Department of State to the Embassy in Italy"), "abcdefabcdef")).RootElement;

        Assert.Equal("Department of State", Assert.Single(jsonLd.GetProperty("author").EnumerateArray()).GetString());
        Assert.Equal("Embassy in Italy", Assert.Single(jsonLd.GetProperty("recipient").EnumerateArray()).GetString());
    }

    [Fact]
    public void ARecordWhoseSenderIsNotKnownHasNoAuthor()
    {
        var context = Titled("Memorandum of Conversation");

        Assert.Null(Meta(context, "citation_author"));
        Assert.Null(Meta(context, "DC.creator"));
        var jsonLd = JsonDocument.Parse(CitationMetadata.JsonLd(context, "abcdefabcdef")).RootElement;
        Assert.False(jsonLd.TryGetProperty("author", out _));
        Assert.False(jsonLd.TryGetProperty("recipient", out _));
        Assert.DoesNotContain("Message", jsonLd.GetProperty("@type").EnumerateArray().Select(t => t.GetString()));
    }

    [Theory]
    [InlineData("November 20, 1950", "1950-11-20")]
    [InlineData("November 1950", "1950-11")]
    [InlineData("1949", "1949")]
    [InlineData("January 26, 1955 - January 27, 1955", "1955-01-26/1955-01-27")]
    public void TheJsonLdDateKeepsTheRecordsPrecision(string date, string dateCreated)
    {
        var jsonLd = JsonDocument.Parse(CitationMetadata.JsonLd(Dated(date), "abcdefabcdef")).RootElement;

        Assert.Equal(dateCreated, jsonLd.GetProperty("dateCreated").GetString());
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
