using ArchiveSite.Core.Harvesting;

namespace ArchiveSite.Core.Tests.Harvesting;

/// <summary>The checks before a verb is run (badVerb, badArgument) and the one format offered (cannotDisseminateFormat).</summary>
public sealed class OaiArgumentsTests
{
    /// <summary>Arguments from a query string, as the endpoint passes them: repeats kept, in order.</summary>
    private static KeyValuePair<string, string>[] Query(string query) =>
        query.Length == 0
            ? []
            : query.Split('&').Select(p => p.Split('=', 2)).Select(p => new KeyValuePair<string, string>(p[0], p[1])).ToArray();

    private static OaiError Refused(string query) => Assert.Throws<OaiError>(() => OaiArguments.Check(Query(query)));

    private static void AssertRefused(string query, string code, string message)
    {
        var error = Refused(query);
        Assert.Equal((code, message), (error.Code, error.Message));
    }

    [Theory]
    [InlineData("verb=Identify")]
    [InlineData("verb=ListMetadataFormats")]
    [InlineData("verb=ListMetadataFormats&identifier=oai:archive.example:112082")]
    [InlineData("verb=ListSets")]
    [InlineData("verb=ListSets&resumptionToken=abc")]
    [InlineData("verb=GetRecord&identifier=oai:archive.example:112082&metadataPrefix=oai_dc")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&from=2000-01-01&until=2001-01-01&set=archive:aprf")]
    [InlineData("verb=ListIdentifiers&resumptionToken=abc")]
    [InlineData("verb=ListRecords&metadataPrefix=marc21")] // the format is the verb's to refuse, not the arguments'
    [InlineData("verb=ListRecords&from=yesterday&metadataPrefix=oai_dc")]
    [InlineData("verb=ListRecords&resumptionToken=abc")]
    public void EachVerbRunsWithTheArgumentsItTakes(string query)
    {
        var request = OaiArguments.Check(Query(query));

        Assert.Equal(Query(query)[0].Value, request.Verb);
        Assert.Equal(Query(query), request.Arguments);
    }

    [Fact]
    public void TheVerbMayComeAnywhereAndTheOrderSentIsKept()
    {
        var request = OaiArguments.Check(Query("metadataPrefix=oai_dc&verb=ListRecords&set=archive:aprf"));

        Assert.Equal("ListRecords", request.Verb);
        Assert.Equal(["metadataPrefix", "verb", "set"], request.Arguments.Select(a => a.Key));
        Assert.Equal("archive:aprf", request.Argument("set"));
        Assert.Null(request.Argument("from"));
    }

    [Theory]
    [InlineData("", "The request has no verb. Verbs: Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord.")]
    [InlineData("metadataPrefix=oai_dc", "The request has no verb. Verbs: Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord.")]
    [InlineData("verb=Identify&verb=Identify", "The request repeats the verb argument; give it once.")]
    [InlineData("verb=Identify&verb=ListSets", "The request repeats the verb argument; give it once.")]
    [InlineData("verb=Harvest", "'Harvest' is not an OAI-PMH verb. Verbs: Identify, ListMetadataFormats, ListSets, GetRecord, ListIdentifiers, ListRecords.")]
    [InlineData("verb=identify", "'identify' is not an OAI-PMH verb. Verbs: Identify, ListMetadataFormats, ListSets, GetRecord, ListIdentifiers, ListRecords.")]
    [InlineData("verb=", "'' is not an OAI-PMH verb. Verbs: Identify, ListMetadataFormats, ListSets, GetRecord, ListIdentifiers, ListRecords.")]
    public void AMissingRepeatedOrUnknownVerbIsABadVerb(string query, string message)
    {
        AssertRefused(query, "badVerb", message);
    }

    [Theory]
    [InlineData("verb=Identify&metadataPrefix=oai_dc", "Identify does not take the argument 'metadataPrefix'. It takes: none.")]
    [InlineData("verb=ListMetadataFormats&metadataPrefix=oai_dc", "ListMetadataFormats does not take the argument 'metadataPrefix'. It takes: identifier.")]
    [InlineData("verb=ListSets&set=archive:aprf", "ListSets does not take the argument 'set'. It takes: resumptionToken.")]
    [InlineData("verb=GetRecord&identifier=x&metadataPrefix=oai_dc&from=2000-01-01", "GetRecord does not take the argument 'from'. It takes: identifier, metadataPrefix.")]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&identifier=x", "ListRecords does not take the argument 'identifier'. It takes: metadataPrefix, from, until, set, resumptionToken.")]
    [InlineData("verb=ListIdentifiers&metadataPrefix=oai_dc&Set=archive:aprf", "ListIdentifiers does not take the argument 'Set'. It takes: metadataPrefix, from, until, set, resumptionToken.")]
    public void AnArgumentTheVerbDoesNotTakeIsABadArgumentListingThoseItDoes(string query, string message)
    {
        AssertRefused(query, "badArgument", message);
    }

    [Theory]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&metadataPrefix=oai_dc", "The argument 'metadataPrefix' is repeated; give it once.")]
    [InlineData("verb=ListMetadataFormats&identifier=a&identifier=b", "The argument 'identifier' is repeated; give it once.")]
    public void ARepeatedArgumentIsABadArgument(string query, string message)
    {
        AssertRefused(query, "badArgument", message);
    }

    [Theory]
    [InlineData("verb=ListRecords&metadataPrefix=oai_dc&resumptionToken=abc")]
    [InlineData("verb=ListIdentifiers&resumptionToken=abc&set=archive:aprf")]
    public void AResumptionTokenWithAnyOtherArgumentIsABadArgument(string query)
    {
        AssertRefused(query, "badArgument", "resumptionToken is an exclusive argument: send it with the verb and nothing else.");
    }

    [Theory]
    [InlineData("verb=ListRecords", "ListRecords needs the argument metadataPrefix.")]
    [InlineData("verb=ListIdentifiers&from=2000-01-01", "ListIdentifiers needs the argument metadataPrefix.")]
    [InlineData("verb=GetRecord&identifier=oai:archive.example:112082", "GetRecord needs the argument metadataPrefix.")]
    [InlineData("verb=GetRecord&metadataPrefix=oai_dc", "GetRecord needs the argument identifier.")]
    [InlineData("verb=GetRecord", "GetRecord needs the argument identifier and metadataPrefix.")]
    public void AMissingRequiredArgumentIsABadArgumentNamingIt(string query, string message)
    {
        AssertRefused(query, "badArgument", message);
    }

    [Fact]
    public void AnArgumentNotTakenIsReportedBeforeOneMissing()
    {
        Assert.Equal("GetRecord does not take the argument 'set'. It takes: identifier, metadataPrefix.", Refused("verb=GetRecord&set=archive:aprf").Message);
    }

    [Fact]
    public void OnlyOaiDcIsDisseminated()
    {
        OaiArguments.CheckFormat("oai_dc");

        var error = Assert.Throws<OaiError>(() => OaiArguments.CheckFormat("marc21"));
        Assert.Equal("cannotDisseminateFormat", error.Code);
        Assert.Equal("This repository does not offer the format 'marc21'; it offers oai_dc.", error.Message);
        Assert.Equal("cannotDisseminateFormat", Assert.Throws<OaiError>(() => OaiArguments.CheckFormat("OAI_DC")).Code);
    }
}
