using System.Text;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Tests.Names;

/// <summary>The people authority: matching every spelling, and archivists' files that extend it.</summary>
public sealed class NameAuthorityTests
{
    private static IReadOnlyList<Person> Read(string json) => AuthorityFile.ReadPeople(new MemoryStream(Encoding.UTF8.GetBytes(json)), "the test file");

    private static string[] PeopleIn(NameAuthority names, string text) => names.FindMentions(text).Select(m => m.Person.Id).ToArray();

    [Theory]
    [InlineData("Kim II Sung")]
    [InlineData("KIM IL SUNG")]
    [InlineData("Kim Il-sung")]
    [InlineData("Kim 1l Sung")]
    [InlineData("Ким Ир Сен")]
    [InlineData("김일성")]
    public void EverySpellingOfAPersonIsThatPerson(string spelling)
    {
        Assert.Equal(["kim_il_sung"], PeopleIn(NameAuthority.Default, $"A note from {spelling}, received."));
    }

    [Fact]
    public void ANameInsideAnotherWordIsNoMention()
    {
        Assert.Empty(PeopleIn(NameAuthority.Default, "Stalinism and Stalingrad"));
    }

    [Fact]
    public void TheShippedAuthorityGivesNoSpellingToTwoPeople()
    {
        // The constructor refuses ambiguity, so loading at all proves it; the count proves it loaded.
        Assert.True(NameAuthority.Default.People.Count >= 6);
    }

    [Fact]
    public void AnArchivistsFileAddsAPersonAndVariantsOfAKnownOne()
    {
        var extended = NameAuthority.Default.Extend(Read("""
            {
              "_comment": "Local additions, 2026.",
              "people": [
                { "id": "peng_dehuai", "name": "Peng Dehuai", "variants": ["P'eng Te-huai", "Пэн Дэхуай"] },
                { "id": "shtykov", "variants": ["Shtykoff"], "_comment": "as the 1950 English press wrote it" },
              ]
            }
            """));

        Assert.Equal(["peng_dehuai", "peng_dehuai"], PeopleIn(extended, "P'eng Te-huai, or Пэн Дэхуай"));
        Assert.Empty(PeopleIn(NameAuthority.Default, "Peng Dehuai")); // the shipped authority is unchanged
        Assert.Equal(["shtykov", "shtykov"], PeopleIn(extended, "Shtykoff, that is Shtykov"));
        var shtykov = extended.People.Single(p => p.Id == "shtykov");
        Assert.Equal("Terentii Shtykov", shtykov.Name); // no name given: the shipped preferred form stays
        Assert.Equal(NameAuthority.Default.People.Count + 1, extended.People.Count);
    }

    [Fact]
    public void TheExampleFileInTheConfigurationGuideLoads()
    {
        var guide = File.ReadAllText(Path.Combine(RepositoryPaths.Root, "docs", "configuration.md"));
        var json = System.Text.RegularExpressions.Regex.Match(guide, "```json\n(?<file>.*?)```", System.Text.RegularExpressions.RegexOptions.Singleline).Groups["file"].Value;

        var extended = NameAuthority.Default.Extend(Read(json));

        Assert.Equal(["beria", "shtykov"], PeopleIn(extended, "Берия and Shtykoff"));
    }

    [Fact]
    public void ANameGivenForAKnownIdBecomesThePreferredForm()
    {
        var extended = NameAuthority.Default.Extend(Read("""{"people":[{"id":"stalin","name":"I. V. Stalin"}]}"""));

        Assert.Equal("I. V. Stalin", extended.People.Single(p => p.Id == "stalin").Name);
        Assert.Equal(["stalin"], PeopleIn(extended, "Filippov"));
    }

    [Fact]
    public void ASpellingGivenToTwoPeopleIsRefusedNamingBoth()
    {
        var error = Assert.Throws<InvalidDataException>(() => NameAuthority.Default.Extend(Read("""{"people":[{"id":"someone","variants":["Fyn-Si"]}]}""")));

        Assert.Contains("'Fyn-Si'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'stalin'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'someone'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("kim_il_sung", "Kim", "Il Sung", true)]
    [InlineData("stalin", "Stalin", "Joseph", false)]
    public void TheShippedAuthorityNamesEachPersonsFamilyNameFirstOrLast(string id, string family, string given, bool familyFirst)
    {
        var person = NameAuthority.Default.People.Single(p => p.Id == id);

        Assert.Equal(family, person.Family);
        Assert.Equal(given, person.Given);
        Assert.Equal(familyFirst, person.FamilyFirst);
        Assert.All(NameAuthority.Default.People, p => Assert.NotNull(p.Given));
    }

    [Fact]
    public void ANewPreferredNameBringsItsOwnFamilyNameOrNone()
    {
        var renamed = NameAuthority.Default.Extend(Read("""{"people":[{"id":"stalin","name":"Iosif Dzhugashvili"},{"id":"mao_zedong","name":"Mao Tse-tung","family":"Mao"}]}"""));

        Assert.Null(renamed.People.Single(p => p.Id == "stalin").Family);
        Assert.Equal("Tse-tung", renamed.People.Single(p => p.Id == "mao_zedong").Given);
    }

    [Fact]
    public void AFamilyNameInsideTheNameIsRefused()
    {
        var error = Assert.Throws<InvalidDataException>(() => new NameAuthority(Read("""{"people":[{"id":"x","name":"Anna Maria Smith","family":"Maria"}]}""")));

        Assert.Contains("'Maria'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'Anna Maria Smith'", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("""{"people":[{"id":"x","variant":["X"]}]}""", "'variant'")]
    [InlineData("""{"people":[{"id":"a b"}]}""", "person 1 has the id 'a b'")]
    [InlineData("""{"people":[{"name":"No Id"}]}""", "person 1 has the id ''")]
    [InlineData("""{"persons":[]}""", "'persons'")]
    [InlineData("""{}""", "no \"people\" list")]
    [InlineData("{\"people\":[\n{\"id\":\"x\"\n", "line 3")]
    public void AMalformedFileIsRefusedSayingWhatIsWrong(string json, string expected)
    {
        var error = Assert.Throws<InvalidDataException>(() => Read(json));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
        Assert.StartsWith("The test file", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AMissingFileIsRefusedByName()
    {
        var path = Path.Combine(Path.GetTempPath(), "no-such-authority-" + Guid.NewGuid().ToString("N") + ".json");

        var error = Assert.Throws<InvalidDataException>(() => NameAuthority.LoadExtended(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
    }
}
