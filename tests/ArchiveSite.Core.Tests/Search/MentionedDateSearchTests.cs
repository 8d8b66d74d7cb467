using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>
/// <c>mentioned:</c> searches the dates a record's body writes. In the seeds, 112079 (dated
/// November 17, 1950) writes "Sent 17.11.50", "Received 18.11", "18.11" again for its relay to
/// the General Staff, "16.11.50" under Kim Il Sung's note and "17.11.50" under Shtykov's;
/// 112082 (dated November 20, 1950) writes only "20 November 1950". The hand-written records
/// of the fixture mention no date.
/// </summary>
public sealed class MentionedDateSearchTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Theory]
    [InlineData("mentioned:1950-11-16", new[] { "112079" })] // Kim Il Sung's note, signed 16.11.50
    [InlineData("mentioned:1950-11", new[] { "112079", "112082" })]
    [InlineData("mentioned:[1950-11-18 TO 1950-11-18]", new[] { "112079" })] // "Received 18.11", its year from the record's date
    [InlineData("mentioned:\"November 20, 1950\"", new[] { "112082" })] // "No. 4/7556 20 November 1950"
    [InlineData("mentioned:20.11.1950", new[] { "112082" })]
    [InlineData("mentioned:[* TO 1950-11-16]", new[] { "112079" })]
    [InlineData("mentioned:[1950-11-19 TO *]", new[] { "112082" })]
    [InlineData("mentioned:1949", new string[0])]
    [InlineData("pilots AND mentioned:1950-11-18", new[] { "112079" })]
    public void MentionedFindsRecordsWhoseBodyWritesADayInTheRange(string query, string[] expected)
    {
        Assert.Equal(expected, archive.Ids(query).Order());
    }

    [Fact]
    public void MentionedAndDateAskDifferentQuestions()
    {
        // 112079 was written on the 17th but quotes a note of the 16th; the month-only memorandum
        // may be from the 16th, but its text names no day.
        Assert.Equal(["month-1950"], archive.Ids("date:1950-11-16"));
        Assert.Equal(["112079"], archive.Ids("mentioned:1950-11-16"));
    }

    [Fact]
    public void DatesMentionedEitherSideOfTheRangeDoNotAddUpToAMatch()
    {
        // A start/end pair per mention would match here: one mention starts before the 18th and
        // another ends after it. Each mentioned day is indexed on its own, so only a day in the range matches.
        var text = "Telegram\n\nCitation:\n\n\"Telegram\", November 21, 1950, Test Archive, APRF, f. 3 https://example.org/document/either-side\n\n"
            + "Summary:\n\nTwo dates.\n\nOriginal Language:\n\nRussian\n\nContents:\n\nTranslation - English\n\nSent 16.11.50 Received 20.11.50\n";
        var document = RecordParser.Parse(text, "either-side.txt").Document!;
        using var index = ArchiveIndex.Build([document], indexPath: null, NameAuthority.Default);
        var searcher = new ArchiveSearcher(index);

        Assert.Empty(searcher.Search(new SearchRequest("mentioned:1950-11-18", null, null, null)).Hits);
        Assert.Single(searcher.Search(new SearchRequest("mentioned:[1950-11-18 TO 1950-11-20]", null, null, null)).Hits);
    }
}
