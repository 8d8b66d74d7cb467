using ArchiveSite.Core.Harvesting;

namespace ArchiveSite.Core.Tests.Harvesting;

/// <summary>Which records a list selects: by datestamp, bounds included, and by set, sets nesting by colons.</summary>
public sealed class OaiListQueryTests
{
    private static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);

    private static readonly OaiHeader Aprf = new("112082", Monday, ["archive:aprf"]);

    [Fact]
    public void AQueryWithoutBoundsOrSetSelectsEveryRecord()
    {
        Assert.True(new OaiListQuery(null, null, null, 0).Selects(Aprf with { SetSpecs = [] }));
    }

    [Fact]
    public void BothBoundsAreIncluded()
    {
        Assert.True(new OaiListQuery(Monday, Monday, null, 0).Selects(Aprf));
        Assert.False(new OaiListQuery(Monday.AddTicks(1), null, null, 0).Selects(Aprf));
        Assert.False(new OaiListQuery(null, Monday.AddTicks(-1), null, 0).Selects(Aprf));
    }

    [Theory]
    [InlineData("archive:aprf", true)]
    [InlineData("archive", true)] // a set holds the sets below it
    [InlineData("archive:ap", false)] // but not those that merely start with its letters
    [InlineData("archive:aprf:fond-45", false)]
    [InlineData("archive:avprf", false)]
    public void ASetSelectsItsRecordsAndThoseOfTheSetsBelowIt(string set, bool selected)
    {
        Assert.Equal(selected, new OaiListQuery(null, null, set, 0).Selects(Aprf));
    }

    [Fact]
    public void ARecordInNoSetIsInNoSetsList()
    {
        Assert.False(new OaiListQuery(null, null, "archive", 0).Selects(Aprf with { SetSpecs = [] }));
    }

    private static OaiRequest ListRecords(params (string Name, string Value)[] arguments) =>
        new("ListRecords", [new("verb", "ListRecords"), .. arguments.Select(a => new KeyValuePair<string, string>(a.Name, a.Value))]);

    [Fact]
    public void AFirstPageStartsAtTheTopWithTheBoundsAndSetAskedFor()
    {
        var query = OaiListQuery.FirstPage(ListRecords(("metadataPrefix", "oai_dc"), ("from", "2026-11-23"), ("set", "archive:aprf")), hasSets: true);

        Assert.Equal(new OaiListQuery(new DateTimeOffset(2026, 11, 23, 0, 0, 0, TimeSpan.Zero), null, "archive:aprf", 0), query);
    }

    [Fact]
    public void ASetInARepositoryWithoutSetsIsNoSetHierarchy()
    {
        var error = Assert.Throws<OaiError>(() => OaiListQuery.FirstPage(ListRecords(("metadataPrefix", "oai_dc"), ("set", "archive:aprf")), hasSets: false));

        Assert.Equal("noSetHierarchy", error.Code);
        Assert.Equal("This repository has no sets.", error.Message);
    }

    [Fact]
    public void TheFormatIsCheckedFirstThenTheDatestampsThenTheSet()
    {
        static string CodeOf(OaiRequest request) => Assert.Throws<OaiError>(() => OaiListQuery.FirstPage(request, hasSets: false)).Code;

        Assert.Equal("cannotDisseminateFormat", CodeOf(ListRecords(("metadataPrefix", "marc21"), ("from", "yesterday"), ("set", "archive:aprf"))));
        Assert.Equal("badArgument", CodeOf(ListRecords(("metadataPrefix", "oai_dc"), ("from", "yesterday"), ("set", "archive:aprf"))));
        Assert.Equal("noSetHierarchy", CodeOf(ListRecords(("metadataPrefix", "oai_dc"), ("from", "2026-11-23"), ("set", "archive:aprf"))));
    }
}
