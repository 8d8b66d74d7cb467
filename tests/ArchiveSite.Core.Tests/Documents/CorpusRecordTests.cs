using System.Text.RegularExpressions;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>
/// The parser over real FRUS records (the committed slice, or all 22,029 with
/// <c>ARCHIVESITE_CORPUS</c>): every one loads, with the shapes counted from the raw files, and on
/// the whole corpus the counts of its README.
/// </summary>
[Collection(CorpusCollection.Name)]
[Trait("Corpus", "FRUS")]
public sealed partial class CorpusRecordTests(CorpusFixture corpus)
{
    [Fact]
    public void EveryCorpusRecordLoads()
    {
        Assert.Empty(corpus.Result.Rejections.Select(r => r.ToString()).Take(20));
        Assert.Equal(RawFiles().Count, corpus.Result.Documents.Count);
        if (corpus.IsWhole)
        {
            Assert.Equal(FrusCorpus.WholeCount, corpus.Result.Documents.Count);
        }
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
        var written = RawFiles().Select(CitationDate).ToList();
        var undated = written.Count(d => d == "undated");
        var months = written.Count(d => MonthOnlyRegex().IsMatch(d));
        var ranges = written.Count(d => d.Contains(" - ", StringComparison.Ordinal));

        Assert.Equal(undated, docs.Count(d => d.Citation.DateText == "undated"));
        // The one date of the corpus no calendar reads (tests/corpus/select.py keeps its record in the slice).
        Assert.Equal(["frus1969-76ve05p1-d274.txt, line 3: the citation's date 'July, 9 0900 Hours' is not a recognised calendar date; the record is served as undated"],
            corpus.Result.Warnings.Select(w => w.ToString()));
        Assert.Equal(undated + 1, docs.Count(d => d.Date is null));
        Assert.Equal(months, docs.Count(d => d.Date is { Precision: DatePrecision.Month, IsRange: false }));
        Assert.Equal(ranges, docs.Count(d => d.Date is { IsRange: true }));
        Assert.True(undated > 0 && months > 0 && ranges > 0, "the records hold undated ones, months and ranges");

        // The corpus README's span: no record is read as dated outside it.
        var dated = docs.Where(d => d.Date is not null).ToList();
        Assert.All(dated, d => Assert.InRange(d.Date!.Start, new DateOnly(1947, 10, 20), d.Date.End));
        Assert.All(dated, d => Assert.InRange(d.Date!.End, d.Date.Start, new DateOnly(1978, 1, 28)));
        if (corpus.IsWhole)
        {
            Assert.Equal((2105, 24, 28), (undated, months, ranges));
            Assert.Equal(new DateOnly(1947, 10, 20), dated.Min(d => d.Date!.Start));
            Assert.Equal(new DateOnly(1978, 1, 28), dated.Max(d => d.Date!.End));
        }
    }

    [Fact]
    public void ABodyLineReadingSummaryStaysInTheBody()
    {
        var withSummaryLine = corpus.Result.Documents
            .Where(d => d.Body.Split('\n').Any(l => l.Trim().Trim('*') == "Summary:"))
            .ToList();

        // Computed from the raw files, independently of the parser: a second "Summary:" heading line.
        var expected = RawFiles().Count(f => File.ReadLines(f).Count(l => l.Trim().Trim('*') == "Summary:") > 1);
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

    /// <summary>The record files, read as files rather than through the loader.</summary>
    private List<string> RawFiles() =>
        Directory.EnumerateFiles(corpus.Folder, "*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".txt", StringComparison.Ordinal) || f.EndsWith(".md", StringComparison.Ordinal))
            .ToList();

    /// <summary>
    /// The date as the citation writes it, read with a regular expression rather than the parser:
    /// the words between the quoted title and "Foreign Relations of the United States" on the first
    /// line after the "Citation:" heading.
    /// </summary>
    private static string CitationDate(string file)
    {
        var citation = File.ReadLines(file)
            .SkipWhile(l => l.Trim().Trim('*') != "Citation:")
            .Skip(1)
            .First(l => l.Trim().Length > 0);
        var match = CitationDateRegex().Match(citation);
        Assert.True(match.Success, $"{file}: no date in its citation line");
        return match.Groups["date"].Value;
    }

    [GeneratedRegex(@"[”""],?\s+(?<date>[^”""]+?),\s+Foreign Relations of the United States")]
    private static partial Regex CitationDateRegex();

    [GeneratedRegex(@"^[A-Z][a-z]+ \d{4}$")]
    private static partial Regex MonthOnlyRegex();
}
