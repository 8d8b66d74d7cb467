namespace ArchiveSite.Core.Tests.Search;

public sealed class RelatedDocumentsTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Fact]
    public void TheTwoSeedsAreRelatedToEachOther()
    {
        Assert.Equal("112079", archive.Searcher.Related("112082")[0].Id);
        Assert.Equal("112082", archive.Searcher.Related("112079")[0].Id);
    }

    [Fact]
    public void ARecordIsNeverRelatedToItself()
    {
        foreach (var document in archive.Documents)
        {
            Assert.DoesNotContain(document.Id, archive.Searcher.Related(document.Id).Select(r => r.Id));
        }
    }

    [Fact]
    public void RelatedRecordsCarryTitleAndDate()
    {
        var related = archive.Searcher.Related("112082")[0];

        Assert.StartsWith("Telegram from Shtykov to Gromyko", related.Title, StringComparison.Ordinal);
        Assert.Equal("1950-11-17", related.DateIso);
    }

    [Fact]
    public void AnUnknownIdHasNoRelatedRecords() => Assert.Empty(archive.Searcher.Related("no-such-record"));
}
