using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Search.Indexing;

/// <summary>The results say how the matching records write each person the query named.</summary>
public sealed class NameVariantsTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Theory]
    [InlineData("Kim Il Sung")]
    [InlineData("Ким Ир Сен")]
    public void EachSpellingOfKimIlSungInTheSeedsIsCountedOncePerRecordWhateverTheQuerySpelling(string query)
    {
        var results = archive.Search(query);

        // 112079 writes "Kim Il Sung" (and "KIM IL SUNG", the same spelling in capitals);
        // 112082 writes "Kim II Sung" in its title and "KIM IL SUNG" in its body.
        var person = Assert.Single(results.Spellings);
        Assert.Equal("kim_il_sung", person.Person.Id);
        Assert.Equal([new VariantCount("Kim Il Sung", 2), new VariantCount("Kim II Sung", 1)], person.Variants);
    }

    [Fact]
    public void APseudonymIsShownAsTheSourceWritesIt()
    {
        var person = Assert.Single(archive.Search("Filippov").Spellings);

        Assert.Equal("stalin", person.Person.Id);
        Assert.Contains(new VariantCount("FYN SI", 1), person.Variants);
        Assert.Contains(new VariantCount("Stalin", 2), person.Variants);
    }

    [Fact]
    public void OnlyTheMatchingRecordsAreCounted()
    {
        var person = Assert.Single(archive.Search("Kim Il Sung", from: "1950-11-18").Spellings);

        Assert.Equal([new VariantCount("KIM IL SUNG", 1), new VariantCount("Kim II Sung", 1)], person.Variants);
    }

    [Fact]
    public void AQueryWithoutNamesHasNoSpellings()
    {
        Assert.Empty(archive.Search("pilots").Spellings);
    }
}
