using ArchiveSite.Core.Harvesting;

namespace ArchiveSite.Core.Tests.Harvesting;

/// <summary>The set rule: one set per archive, keyed by a spec the OAI-PMH schema accepts.</summary>
public sealed class OaiSetsTests
{
    [Fact]
    public void AnArchiveIsKeyedInLowerCaseUnderArchive()
    {
        Assert.Equal("archive:aprf", OaiSets.Spec("APRF"));
    }

    [Theory]
    [InlineData("Library of Congress", "archive:library-of-congress")]
    [InlineData("(RGASPI)", "archive:rgaspi")]
    [InlineData("Bundesarchiv Köln", "archive:bundesarchiv-k-ln")]
    [InlineData("NARA, RG 59", "archive:nara--rg-59")]
    public void MarksBecomeDashesAndNoneLeadsOrTrails(string archive, string spec)
    {
        Assert.Equal(spec, OaiSets.Spec(archive));
        Assert.Matches(SchemaPatterns.SetSpec(), spec);
    }

    [Fact]
    public void EachArchiveIsOneSetInOrdinalOrder()
    {
        Assert.Equal(
            [new OaiSet("archive:aprf", "APRF"), new OaiSet("archive:avprf", "AVPRF")],
            OaiSets.Of(["AVPRF", "APRF", "AVPRF", "APRF"]));
    }

    [Fact]
    public void TwoNamesWithOneSpecAreOneSetNamedByTheFirstInOrder()
    {
        Assert.Equal([new OaiSet("archive:aprf", "APRF")], OaiSets.Of(["aprf", "APRF"]));
    }

    [Fact]
    public void RecordsNamingNoArchiveMakeNoSets()
    {
        Assert.Empty(OaiSets.Of([]));
    }
}
