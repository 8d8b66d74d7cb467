using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Tests.Pinning;

public sealed class PinTimelineTests : IDisposable
{
    private static readonly DateTimeOffset Start = new(2026, 12, 1, 0, 0, 0, TimeSpan.Zero);
    private readonly string _folder = Directory.CreateTempSubdirectory("archivesite-timeline-").FullName;

    private static CatalogEntry Entry(string id, int day) => new(id, "000000000000", Start.AddDays(day), []);

    [Fact]
    public void TheRecordsChangedSinceAMomentAreFoundNewestFirstAndBounded()
    {
        var timeline = PinTimeline.Of([Entry("a", 0), Entry("b", 3), Entry("c", 1), Entry("d", 3), Entry("e", 5)], VersionStore.Open(_folder));

        Assert.Equal(["e", "b", "d"], timeline.ChangedSince(Start.AddDays(3), limit: 10).Select(e => e.Id));
        Assert.Equal(["e", "b"], timeline.ChangedSince(Start.AddDays(3), limit: 1).Select(e => e.Id)); // one more than the limit: there are more
        Assert.Empty(timeline.ChangedSince(Start.AddDays(6), limit: 10));
        Assert.Equal(5, timeline.ChangedSince(Start, limit: 10).Count);
    }

    [Fact]
    public void TheRecordBeginsWithTheEarliestTextServedWhenTheStoreIsEmpty()
    {
        var timeline = PinTimeline.Of([Entry("a", 2), Entry("b", 1)], VersionStore.Open(_folder));

        Assert.Equal(Start.AddDays(1), timeline.Began);
        Assert.Null(PinTimeline.Of([], VersionStore.Open(_folder)).Began);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
