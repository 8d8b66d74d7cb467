using System.Text;
using ArchiveSite.Core.Harvesting;

namespace ArchiveSite.Core.Tests.Harvesting;

/// <summary>Resumption tokens: a list's whole state, checked against the catalogue it was cut from.</summary>
public sealed class ResumptionTokenTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly OaiHeader[] Catalogue =
    [
        new("112079", Monday, ["archive:avprf"]),
        new("112082", Monday.AddHours(1), ["archive:aprf"]),
    ];

    private static readonly string Fingerprint = ResumptionToken.Fingerprint(Catalogue);

    /// <summary>A token as this repository writes them, from its parts, so a test can damage one part.</summary>
    private static string Token(string parts) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes(parts)).TrimEnd('=').Replace('+', '-').Replace('/', '_');

    private static void AssertNotIssuedHere(string token)
    {
        var error = Assert.Throws<OaiError>(() => ResumptionToken.Read(token, Fingerprint));
        Assert.Equal(("badResumptionToken", "The resumption token is not one this repository issued."), (error.Code, error.Message));
    }

    [Fact]
    public void ATokenResumesTheQueryItWasCutFrom()
    {
        var query = new OaiListQuery(Monday, Monday.AddDays(1).AddTicks(-1), "archive:aprf", 200);

        Assert.Equal(query, ResumptionToken.Read(ResumptionToken.Write(query, Fingerprint), Fingerprint));
    }

    [Fact]
    public void ATokenWithoutBoundsOrSetResumesAListOfEverything()
    {
        var query = new OaiListQuery(null, null, null, 100);

        Assert.Equal(query, ResumptionToken.Read(ResumptionToken.Write(query, Fingerprint), Fingerprint));
    }

    [Fact]
    public void ATokenIsBase64UrlWithoutPaddingSoItNeedsNoEscapingInAQuery()
    {
        foreach (var offset in new[] { 1, 10, 100, 1000 })
        {
            var token = ResumptionToken.Write(new OaiListQuery(Monday, null, "archive:aprf", offset), Fingerprint);
            Assert.Matches("^[A-Za-z0-9_-]+$", token);
        }
    }

    [Fact]
    public void ATokenFromAnotherCatalogueIsRefused()
    {
        var reloaded = ResumptionToken.Fingerprint([Catalogue[0], Catalogue[1] with { Datestamp = Monday.AddHours(2) }]);
        var token = ResumptionToken.Write(new OaiListQuery(null, null, null, 1), Fingerprint);

        var error = Assert.Throws<OaiError>(() => ResumptionToken.Read(token, reloaded));

        Assert.Equal("badResumptionToken", error.Code);
        Assert.Equal("The archive has changed since this resumption token was issued; start the list again.", error.Message);
    }

    [Fact]
    public void TheFingerprintFollowsEveryIdAndDatestampButNothingElse()
    {
        Assert.Equal(Fingerprint, ResumptionToken.Fingerprint(Catalogue.Select(h => h with { SetSpecs = [] })));
        Assert.Matches("^[0-9a-f]{16}$", Fingerprint);
        Assert.NotEqual(Fingerprint, ResumptionToken.Fingerprint(Catalogue[..1]));
        Assert.NotEqual(Fingerprint, ResumptionToken.Fingerprint([Catalogue[0], Catalogue[1] with { Id = "112083" }]));
        Assert.NotEqual(Fingerprint, ResumptionToken.Fingerprint([Catalogue[0], Catalogue[1] with { Datestamp = Monday.AddHours(1).AddTicks(1) }]));
    }

    [Theory]
    [InlineData("not-a-token")]
    [InlineData("abc")]
    [InlineData("")]
    [InlineData("!!!!")]
    public void AnythingButATokenIsRefused(string token)
    {
        AssertNotIssuedHere(token);
    }

    [Theory]
    [InlineData("v2|{0}||||100")] // a format this repository does not write
    [InlineData("v1|{0}|||100")] // a part missing
    [InlineData("v1|{0}||||100|")] // a part too many
    [InlineData("v1|{0}||||-100")] // an offset before the start
    [InlineData("v1|{0}||||a hundred")]
    [InlineData("v1|{0}|yesterday|||100")]
    [InlineData("v1|{0}|99999999999999999999|||100")] // past the last date there is
    [InlineData("v1|{0}||-1||100")]
    public void ADamagedTokenIsRefused(string parts)
    {
        AssertNotIssuedHere(Token(string.Format(null, parts, Fingerprint)));
    }

    [Fact]
    public void ATokenCutShortIsRefused()
    {
        var token = ResumptionToken.Write(new OaiListQuery(Monday, null, "archive:aprf", 100), Fingerprint);

        AssertNotIssuedHere(token[..(token.Length / 2)]);
    }

    [Fact]
    public void ATokenWrittenByHandInTheRightShapeIsRead()
    {
        var ticks = Monday.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture);

        Assert.Equal(new OaiListQuery(Monday, null, "archive:aprf", 7), ResumptionToken.Read(Token($"v1|{Fingerprint}|{ticks}||archive:aprf|7"), Fingerprint));
    }
}
