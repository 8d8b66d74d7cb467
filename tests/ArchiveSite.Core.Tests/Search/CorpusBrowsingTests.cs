using System.Globalization;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>
/// Browsing aids over real FRUS records (the committed slice, or all 22,029 with
/// <c>ARCHIVESITE_CORPUS</c>): the timeline from their own facet values (decades become years, and
/// nothing is lost), and "did you mean" over their vocabulary.
/// </summary>
[Trait("Corpus", "FRUS")]
public sealed class CorpusBrowsingTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    // Computed from the records' dates, independently of the facet code: the year every dated
    // record starts in, and the month of those dated at least to a month.
    private Dictionary<string, int> Counts(string key) =>
        corpus.Result.Documents
            .Where(d => d.Date is not null && (key == "year" || d.Date.Precision != DatePrecision.Year))
            .GroupBy(d => d.Date!.Start.ToString(key == "year" ? "yyyy" : "yyyy-MM", CultureInfo.InvariantCulture), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);

    [Fact]
    public void TheCorpusSpansDecadesSoItsBarsAreYearsThatAddUpToEveryDatedRecord()
    {
        var documents = corpus.Result.Documents;

        var timeline = Timeline.Build(documents.Count, Counts("year"), Counts("month"));

        var first = documents.Where(d => d.Date is not null).Min(d => d.Date!.Start.Year);
        var last = documents.Where(d => d.Date is not null).Max(d => d.Date!.Start.Year);
        Assert.Equal(TimelineScale.Year, timeline.Scale);
        Assert.Equal(first.ToString(CultureInfo.InvariantCulture), timeline.Bars[0].Value);
        Assert.Equal(last.ToString(CultureInfo.InvariantCulture), timeline.Bars[^1].Value);
        Assert.Equal(last - first + 1, timeline.Bars.Count);
        Assert.Equal(documents.Count(d => d.Date is null), timeline.Undated);
        Assert.Equal(documents.Count(d => d.Date is not null), timeline.Bars.Sum(b => b.Count));
        Assert.Equal(documents.Count(d => d.Date?.Start.Year == 1955), timeline.Bars.Single(b => b.Value == "1955").Count);
        if (corpus.IsWhole)
        {
            // The corpus README's span, 1947-10-20 to 1978-01-28.
            Assert.Equal((1947, 1978), (first, last));
        }
    }

    [Fact]
    public void OneYearOfTheCorpusIsTwelveMonthsPlusItsYearOnlyRecords()
    {
        var year = corpus.Result.Documents.Where(d => d.Date?.Start.Year == 1955).ToList();
        var months = Counts("month").Where(kv => kv.Key.StartsWith("1955-", StringComparison.Ordinal)).ToDictionary();

        var timeline = Timeline.Build(year.Count, new Dictionary<string, int> { ["1955"] = year.Count }, months);

        Assert.Equal(TimelineScale.Month, timeline.Scale);
        Assert.Equal(year.Count(d => d.Date!.Start.Month == 3 && d.Date.Precision != DatePrecision.Year), timeline.Bars.Single(b => b.Value == "1955-03").Count);
        Assert.Equal(year.Count(d => d.Date!.Precision == DatePrecision.Year), timeline.YearOnly.SingleOrDefault()?.Count ?? 0);
        Assert.Equal(year.Count, timeline.Bars.Sum(b => b.Count) + timeline.YearOnly.Sum(b => b.Count));
    }

    [Fact]
    public void MisspelledWordsOfDiplomaticHistoryAreCorrectedFromTheCorpus()
    {
        using var index = ArchiveIndex.Build(corpus.Result.Documents, indexPath: null, NameAuthority.Default);
        var searcher = new ArchiveSearcher(index);

        string? Suggest(string query) => searcher.SuggestSpelling(searcher.Search(new SearchRequest(query)))?.Text;

        Assert.Equal("Eisenhower Dulles", Suggest("Eisenhwer Dulles"));
        Assert.Equal("Khrushchev", Suggest("Khrushchv"));
        Assert.Equal("disarmament", Suggest("disarmamnet"));
        Assert.Null(searcher.SuggestSpelling(searcher.Search(new SearchRequest("disarmament"))));
    }
}
