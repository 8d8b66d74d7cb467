using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Search.Results;

public sealed class TimelineTests(TestArchive archive) : IClassFixture<TestArchive>
{
    private static Dictionary<string, int> Counts(params (string Key, int Count)[] counts) =>
        counts.ToDictionary(c => c.Key, c => c.Count, StringComparer.Ordinal);

    private static (string, int)[] Bars(Timeline timeline) => timeline.Bars.Select(b => (b.Value, b.Count)).ToArray();

    [Fact]
    public void MonthsYearOnlyAndUndatedRecordsAreEachCountedOnce()
    {
        var timeline = Timeline.From(archive.Searcher.Search(new SearchRequest()));

        Assert.Equal(TimelineScale.Month, timeline.Scale);
        Assert.Equal([("1950-11", 3)], Bars(timeline));
        Assert.Equal("November 1950", timeline.Bars[0].Display);
        Assert.Equal([("1949", "1949 (year only)", 1)], timeline.YearOnly.Select(y => (y.Value, y.Display, y.Count)));
        Assert.Equal(1, timeline.Undated);
    }

    [Fact]
    public void TheTimelineHonoursTheQueryAndTheFilters()
    {
        var pilots = Timeline.From(archive.Searcher.Search(new SearchRequest("pilots")));
        var kim = Timeline.From(archive.Searcher.Search(new SearchRequest(Filters: new Dictionary<string, IReadOnlyList<string>> { ["sender"] = ["Kim Il Sung"] })));

        Assert.Equal([("1950-11", 2)], Bars(pilots));
        Assert.Equal(1, pilots.Undated);
        Assert.Empty(pilots.YearOnly);
        Assert.Equal([("1950-11", 1)], Bars(kim));
        Assert.Equal(0, kim.Undated);
    }

    [Fact]
    public void ARangeIsCountedInTheMonthItBeginsAndItsBarListsExactlyIt()
    {
        var documents = archive.Documents.Append(TestArchive.Parse("range.txt", "Conversation across the month's end", "January 30, 1951 - February 2, 1951",
            "https://example.org/document/range-1951", "AVPRF, Fond 59, Opis 1, Delo 2", "A range of dates.", "Talks over four days.")).ToList();
        using var index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default);
        var searcher = new ArchiveSearcher(index);

        var timeline = Timeline.From(searcher.Search(new SearchRequest()));
        var january = searcher.Search(new SearchRequest(Filters: new Dictionary<string, IReadOnlyList<string>> { ["month"] = ["1951-01"] }));

        Assert.Equal([("1950-11", 3), ("1950-12", 0), ("1951-01", 1)], Bars(timeline));
        Assert.Equal(1, january.TotalHits);
        Assert.Equal("range-1951", january.Hits.Single().Id);
    }

    [Fact]
    public void ASelectedMonthIsMarked()
    {
        var timeline = Timeline.From(archive.Searcher.Search(new SearchRequest(Filters: new Dictionary<string, IReadOnlyList<string>> { ["month"] = ["1950-11"] })));

        Assert.True(timeline.Bars.Single().Selected);
    }

    [Fact]
    public void EmptyMonthsBetweenShowAsGaps()
    {
        var timeline = Timeline.Build(5, Counts(("1950", 5)), Counts(("1950-02", 3), ("1950-05", 1)));

        Assert.Equal([("1950-02", 3), ("1950-03", 0), ("1950-04", 0), ("1950-05", 1)], Bars(timeline));
        Assert.Equal([("1950", 1)], timeline.YearOnly.Select(y => (y.Value, y.Count)));
        Assert.Equal(0, timeline.Undated);
    }

    [Fact]
    public void FourYearsAreMonthsAndFiveAreYears()
    {
        var four = Timeline.Build(2, Counts(("1950", 1), ("1953", 1)), Counts(("1950-01", 1), ("1953-12", 1)));
        var five = Timeline.Build(4, Counts(("1950", 1), ("1954", 2)), Counts(("1950-01", 1), ("1954-12", 1)));

        Assert.Equal(TimelineScale.Month, four.Scale);
        Assert.Equal(48, four.Bars.Count);
        Assert.Equal(TimelineScale.Year, five.Scale);
        Assert.Equal([("1950", 1), ("1951", 0), ("1952", 0), ("1953", 0), ("1954", 2)], Bars(five));
        Assert.Empty(five.YearOnly); // a year bar already holds its year-only records
        Assert.Equal(1, five.Undated);
    }

    [Fact]
    public void OnlyYearOnlyRecordsGiveNoBarsButAreStillCounted()
    {
        var timeline = Timeline.Build(3, Counts(("1949", 2)), Counts());

        Assert.Empty(timeline.Bars);
        Assert.Equal([("1949", 2)], timeline.YearOnly.Select(y => (y.Value, y.Count)));
        Assert.Equal(1, timeline.Undated);
    }

    [Fact]
    public void BarHeightsAreStepsWithAtLeastOneForAnyRecord()
    {
        var timeline = Timeline.Build(101, Counts(("1950", 101)), Counts(("1950-01", 100), ("1950-02", 1), ("1950-04", 50)));

        Assert.Equal([10, 1, 0, 5], timeline.Bars.Select(timeline.HeightStep));
    }
}
