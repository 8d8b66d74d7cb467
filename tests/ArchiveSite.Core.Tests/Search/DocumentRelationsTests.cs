using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search;

public sealed class DocumentRelationsTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Fact]
    public void RepliesLinkBothWays()
    {
        var answer = archive.Relations.Replies("112082");
        var original = archive.Relations.Replies("112079");

        Assert.Equal("112079", answer.InReplyTo?.Document.Id);
        Assert.Contains("I have received your telegram", answer.InReplyTo!.Reason, StringComparison.Ordinal);
        Assert.Empty(answer.AnsweredBy);
        Assert.Null(original.InReplyTo);
        Assert.Equal("112082", Assert.Single(original.AnsweredBy).Document.Id);
    }

    [Fact]
    public void AThreadListsItsRecordsInDateOrder()
    {
        var thread = archive.Relations.Thread("112082")!;

        Assert.Equal(["112079", "112082"], thread.Select(m => m.Document.Id));
        Assert.Null(thread[0].InReplyToId);
        Assert.Equal("112079", thread[1].InReplyToId);
        Assert.Equal(["Joseph Stalin"], thread[1].Correspondents.Senders);
    }

    [Fact]
    public void ARecordInNoThreadHasAnEmptyThreadAndAnUnknownIdNone()
    {
        Assert.Empty(archive.Relations.Thread("month-1950")!);
        Assert.Null(archive.Relations.Thread("no-such-record"));
    }

    [Fact]
    public void TheFilesOfARecordListItsNeighboursByListy()
    {
        var files = archive.Relations.Files("112082");

        Assert.Equal(["APRF, Fond 45, Opis 1, Delo 347", "AVPRF, Fond 059a, Opis 5a, Delo 3"], files.Select(f => f.Name));
        Assert.Equal(["88-89", "90-91"], files[0].Documents.Select(d => d.Listy));
        Assert.Equal(["165-166", "180-181"], files[1].Documents.Select(d => d.Listy));
        Assert.Equal(["112082", "112079"], files[1].Documents.Select(d => d.Document.Id));
    }

    [Fact]
    public void SortingByArchivalReferenceFollowsTheShelvesWithUnreferencedRecordsLast()
    {
        var ids = archive.Ids(from: "1900", sort: SearchSort.Archival);

        // APRF f. 3 (the month memo) before APRF f. 45 l. 88-89 before l. 90-91; then AVPRF; the note
        // without archival levels sorts by its archive's name; every record has a reference here.
        Assert.Equal(["month-1950", "112079", "112082", "year-1949"], ids);
    }
}
