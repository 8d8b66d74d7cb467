using ArchiveSite.Core.Harvesting;

namespace ArchiveSite.Core.Tests.Harvesting;

/// <summary>What the answer's request element repeats of a checked request.</summary>
public sealed class OaiRequestTests
{
    private static readonly OaiRequest GetRecord = new("GetRecord",
    [
        new("verb", "GetRecord"),
        new("identifier", "oai:archive.example:112082"),
        new("metadataPrefix", "not a prefix"),
    ]);

    private static readonly OaiRequest ListRecords = new("ListRecords",
    [
        new("verb", "ListRecords"),
        new("metadataPrefix", "oai_dc"),
        new("from", "yesterday"),
        new("until", "2026-11-23T09:00:00Z"),
        new("set", "not a set"),
    ]);

    private static string[] EchoedNames(OaiRequest request, OaiError? error) => request.Echoed(error).Select(a => a.Key).ToArray();

    [Fact]
    public void AResultRepeatsEveryArgumentInTheOrderSent()
    {
        Assert.Equal(GetRecord.Arguments, GetRecord.Echoed(null));
    }

    [Theory]
    [InlineData("badArgument")]
    [InlineData("badVerb")]
    public void ABadArgumentOrVerbRepeatsNone(string code)
    {
        Assert.Empty(ListRecords.Echoed(new OaiError(code, "")));
    }

    [Fact]
    public void OtherErrorsRepeatOnlyWhatTheSchemaAccepts()
    {
        Assert.Equal(["verb", "identifier"], EchoedNames(GetRecord, new OaiError("cannotDisseminateFormat", "")));
        Assert.Equal(["verb", "metadataPrefix", "until"], EchoedNames(ListRecords, new OaiError("noRecordsMatch", "")));
    }

    [Fact]
    public void AnIdentifierIsRepeatedOnlyWhenItIsAUri()
    {
        var request = new OaiRequest("GetRecord", [new("verb", "GetRecord"), new("identifier", "112082"), new("metadataPrefix", "oai_dc")]);

        Assert.Equal(["verb", "metadataPrefix"], EchoedNames(request, new OaiError("idDoesNotExist", "")));
    }
}
