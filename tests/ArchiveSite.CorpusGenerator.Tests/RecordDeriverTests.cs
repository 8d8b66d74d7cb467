using System.Text;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Tests;

namespace ArchiveSite.CorpusGenerator.Tests;

/// <summary>One derived record at a time, from seed 000 with its date rewritten to each precision.</summary>
public sealed class RecordDeriverTests
{
    private const string SeedDate = "November 20, 1950";

    private static readonly string SeedText = File.ReadAllText(RepositoryPaths.Seed("112082"));

    private static readonly DateShift Shift = new(Years: 1, Months: 2, Days: 5);

    /// <summary>Seed 000 with its date (header and citation) written as <paramref name="date"/>.</summary>
    private static BaseRecord Base(string date, string name = "000.txt") =>
        BaseRecord.From(new SourceRecord(name, Encoding.UTF8.GetBytes(SeedText.Replace(SeedDate, date, StringComparison.Ordinal))))!;

    private static ArchiveDocument Derive(BaseRecord baseRecord, BaseRecord? donor = null, int index = 7)
    {
        var record = RecordDeriver.Derive(baseRecord, donor ?? baseRecord, Shift, seed: 1950, index);
        Assert.NotNull(record);
        var result = DocumentLoader.ParseBytes(record.Bytes, record.RelativePath);
        Assert.Null(result.Rejection);
        Assert.Empty(result.Warnings);
        return result.Document!;
    }

    [Theory]
    [InlineData(SeedDate, "January 25, 1952", DatePrecision.Day, "1952-01-25")]
    [InlineData("November 1950", "January 1952", DatePrecision.Month, "1952-01")]
    [InlineData("1950", "1951", DatePrecision.Year, "1951")]
    [InlineData("November 20, 1950 - November 22, 1950", "January 25, 1952 - January 27, 1952", DatePrecision.Day, "1952-01-25/1952-01-27")]
    [InlineData("November 1950 - December 1950", "January 1952 - February 1952", DatePrecision.Month, "1952-01/1952-02")]
    public void The_date_moves_by_the_shift_and_keeps_its_precision(string written, string expected, DatePrecision precision, string iso)
    {
        var baseRecord = Base(written);
        Assert.Equal(precision, baseRecord.Document.Date!.Precision);

        var document = Derive(baseRecord);

        Assert.Equal(expected, document.Citation.DateText);
        Assert.Equal(precision, document.Date!.Precision);
        Assert.Equal(iso, document.Date.Iso);
        Assert.Equal(baseRecord.Document.Title, document.Title);
    }

    [Fact]
    public void An_undated_record_stays_undated()
    {
        var document = Derive(Base("undated"));

        Assert.Null(document.Date);
        Assert.Equal("undated", document.Citation.DateText);
    }

    [Fact]
    public void The_new_source_url_gives_a_FRUS_style_id_and_everything_else_of_the_citation_is_kept()
    {
        var baseRecord = Base(SeedDate);
        var document = Derive(baseRecord, index: 22029);

        Assert.Equal("frusgen1950v022-d22029", document.Id);
        Assert.Equal("https://wilson-center-digital-archive.dvincitest.com/historicaldocuments/frusgen1950v022/d22029", document.Citation.SourceUrl);
        Assert.Equal(baseRecord.Document.Citation.References.Select(r => r.Text), document.Citation.References.Select(r => r.Text));
        Assert.Equal(baseRecord.Document.Citation.Publisher, document.Citation.Publisher);
        Assert.Equal(baseRecord.Document.Summary, document.Summary);
        Assert.Equal(baseRecord.Document.ContentsLabel, document.ContentsLabel);
        Assert.Equal(
            "https://history.state.gov/historicaldocuments/frusgen7v000/d12",
            RecordDeriver.SourceUrl("https://history.state.gov/historicaldocuments/frus1955-57v02/d7", seed: 7, index: 12));
    }

    [Fact]
    public void The_body_is_the_first_half_of_the_base_and_the_second_half_of_the_donor()
    {
        var baseRecord = Base(SeedDate);
        var donor = BaseRecord.From(new SourceRecord("donor.txt", Encoding.UTF8.GetBytes(
            SeedText[..(SeedText.IndexOf(baseRecord.Document.Body[..40], StringComparison.Ordinal))] + "Donor one.\n\nDonor two.\n\nDonor three.\n\nDonor four.\n")))!;

        var document = Derive(baseRecord, donor);

        var own = baseRecord.Paragraphs();
        Assert.Equal(string.Join("\n\n", own.Take((own.Count + 1) / 2).Append("Donor three.").Append("Donor four.")), document.Body);
    }

    [Fact]
    public void A_Markdown_base_stays_Markdown()
    {
        var markdown = BaseRecord.From(new SourceRecord("001.txt", File.ReadAllBytes(RepositoryPaths.Seed("112079"))))!;

        var document = Derive(markdown);

        Assert.Equal(RecordFormat.Markdown, document.Format);
        Assert.Equal("January 22, 1952", document.Citation.DateText);
        Assert.Equal(markdown.Document.Title, document.Title);
    }
}
