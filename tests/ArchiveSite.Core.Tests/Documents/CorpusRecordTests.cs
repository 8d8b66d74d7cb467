using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>The parser over all 22,029 real FRUS records: every one loads, with the shapes the corpus README counts.</summary>
[Collection(CorpusCollection.Name)]
public sealed class CorpusRecordTests(CorpusFixture corpus)
{
    [Fact]
    public void EveryCorpusRecordLoads()
    {
        Assert.Empty(corpus.Result.Rejections.Select(r => r.ToString()).Take(20));
        Assert.Equal(22029, corpus.Result.Documents.Count);
    }

    [Fact]
    public void CorpusIdsJoinVolumeAndDocumentAndAreUnique()
    {
        var doc = corpus.Result.Documents.Single(d => d.SourceFile == "frus1955-57v02-d7.md");

        Assert.Equal("frus1955-57v02-d7", doc.Id);
        Assert.Equal(corpus.Result.Documents.Count, corpus.Result.Documents.Select(d => d.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());
    }

    [Fact]
    public void CorpusDatesKeepTheirPrecision()
    {
        var docs = corpus.Result.Documents;

        Assert.Equal(2105, docs.Count(d => d.Citation.DateText == "undated"));
        Assert.Equal(2106, docs.Count(d => d.Date is null));
        Assert.Equal(["frus1969-76ve05p1-d274.txt, line 3: the citation's date 'July, 9 0900 Hours' is not a recognised calendar date; the record is served as undated"],
            corpus.Result.Warnings.Select(w => w.ToString()));
        Assert.Equal(24, docs.Count(d => d.Date is { Precision: DatePrecision.Month, IsRange: false }));
        Assert.Equal(28, docs.Count(d => d.Date is { IsRange: true }));
        Assert.Equal(new DateOnly(1947, 10, 20), docs.Where(d => d.Date is not null).Min(d => d.Date!.Start));
        Assert.Equal(new DateOnly(1978, 1, 28), docs.Where(d => d.Date is not null).Max(d => d.Date!.End));
    }

    [Fact]
    public void ABodyLineReadingSummaryStaysInTheBody()
    {
        var withSummaryLine = corpus.Result.Documents
            .Where(d => d.Body.Split('\n').Any(l => l.Trim().Trim('*') == "Summary:"))
            .ToList();

        // Computed from the raw files, independently of the parser: a second "Summary:" heading line.
        var expected = Directory.EnumerateFiles(Path.Combine(corpus.Folder, "full"))
            .Count(f => File.ReadLines(f).Count(l => l.Trim().Trim('*') == "Summary:") > 1);
        Assert.True(expected > 0);
        Assert.Equal(expected, withSummaryLine.Count);
        Assert.All(withSummaryLine, d => Assert.DoesNotContain("Summary:", d.Summary, StringComparison.Ordinal));
    }

    [Fact]
    public void TitlesNeverStartWithTheirCitationDate()
    {
        Assert.All(corpus.Result.Documents.Where(d => d.Date is not null),
            d => Assert.False(d.Title.StartsWith(d.DateText + " ", StringComparison.Ordinal), d.Id));
    }
}
