using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Search.Querying;

namespace ArchiveSite.Core.Tests.Citations;

public sealed class SearchCitationTests
{
    private static readonly SearchPin Pin = SearchPin.At(new DateTimeOffset(2026, 12, 6, 20, 32, 28, TimeSpan.Zero));

    [Fact]
    public void ASearchIsCitedWithItsWordsItsCountItsMomentAndItsPinnedAddress()
    {
        var citation = SearchCitation.Format("ArchiveSite", new SearchRequest("Kim Il Sung pilots"), 37, Pin, "https://example.org/search?q=x&as-of=2026-12-06T20:32:28Z");

        Assert.Equal("ArchiveSite, search for \u201cKim Il Sung pilots\u201d, 37 documents, results as of 6 December 2026, 20:32:28 UTC, https://example.org/search?q=x&as-of=2026-12-06T20:32:28Z.", citation);
    }

    [Fact]
    public void DatesAndFacetsAreNamedAndOneDocumentIsSingular()
    {
        var request = new SearchRequest(null, "1950-11-01", "1950-11-30", Filters: new Dictionary<string, IReadOnlyList<string>> { ["year"] = ["1950"], ["language"] = ["Russian"] });

        var citation = SearchCitation.Format("ArchiveSite", request, 1, Pin, "u");

        Assert.Equal("ArchiveSite, search of the archive (from 1950-11-01 to 1950-11-30; language Russian; year 1950), 1 document, results as of 6 December 2026, 20:32:28 UTC, u.", citation);
    }
}
