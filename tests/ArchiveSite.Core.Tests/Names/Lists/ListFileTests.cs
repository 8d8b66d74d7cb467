using ArchiveSite.Core.Names.Lists;

namespace ArchiveSite.Core.Tests.Names.Lists;

/// <summary>The lists' JSON Lines files are read strictly: every problem names the file and the line.</summary>
public sealed class ListFileTests
{
    private static IReadOnlyList<ListedEntry> Persons(string text) => ListFile.ReadPersons(new StringReader(text), "The list file 'names.jsonl'");

    [Fact]
    public void EachLineIsOneEntryAndBlankLinesAreSkipped()
    {
        var entries = Persons("""
            {"volume": "frus1961-63v06", "id": "p_KNS1", "name": "Khrushchev, Nikita S.", "description": "Chairman"}

            {"volume": "frus1961-63v06", "id": "p_RD1", "name": "Rusk, Dean", "description": "Secretary of State"}
            """);

        Assert.Equal(["Khrushchev, Nikita S.", "Rusk, Dean"], entries.Select(e => e.Name));
        Assert.Equal("frus1961-63v06", entries[0].Volume);
        Assert.Equal("Chairman", entries[0].Description);
    }

    [Theory]
    [InlineData("{\"volume\": \"v\", \"id\": \"p\", \"name\": \"A, B\"", "line 2, is not valid JSON")]
    [InlineData("{\"volume\": \"v\", \"id\": \"p\", \"name\": \"A, B\", \"descripton\": \"x\"}", "line 2, has the field 'descripton', which is not part of the format")]
    [InlineData("{\"volume\": \"v\", \"id\": \"p\", \"name\": \"A, B\"}", "line 2, has no 'description'")]
    [InlineData("{\"volume\": \"v\", \"id\": 3, \"name\": \"A, B\", \"description\": \"x\"}", "line 2, gives 'id' as a number, not a string")]
    [InlineData("[\"v\", \"p\"]", "line 2, is not a JSON object")]
    [InlineData("{\"volume\": \"\", \"id\": \"p\", \"name\": \"A, B\", \"description\": \"x\"}", "line 2, has an empty 'volume' or 'name'")]
    public void AMalformedLineIsReportedWithTheFileAndLine(string line, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Persons("{\"volume\": \"v\", \"id\": \"p\", \"name\": \"A, B\", \"description\": \"x\"}\n" + line));

        Assert.StartsWith("The list file 'names.jsonl', " + expected, error.Message);
        Assert.Contains("\"volume\", \"id\", \"name\", \"description\"", error.Message);
    }

    [Fact]
    public void TermsHaveATermInsteadOfAName()
    {
        var terms = ListFile.ReadTerms(new StringReader("{\"volume\": \"frus1948v01p1\", \"id\": \"t_AEC1\", \"term\": \"AEC\", \"description\": \"Atomic Energy Commission\"}"), "terms");

        Assert.Equal(new ListedTerm("frus1948v01p1", "t_AEC1", "AEC", "Atomic Energy Commission"), Assert.Single(terms));
    }

    [Fact]
    public void AMissingFileIsNamed()
    {
        var error = Assert.Throws<InvalidDataException>(() => ListFile.ReadFile("/nonexistent/frus-persons.jsonl", ListFile.ReadPersons));

        Assert.Contains("'/nonexistent/frus-persons.jsonl' does not exist", error.Message);
    }
}
