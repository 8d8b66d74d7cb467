using ArchiveSite.Core.Citations;
using static ArchiveSite.Core.Tests.Citations.CitationSamples;

namespace ArchiveSite.Core.Tests.Citations;

/// <summary>The CSV table: RFC 4180 as a CSV reader reads it back (.NET's TextFieldParser), and no cell a spreadsheet would run.</summary>
public sealed class CsvExportTests
{
    [Fact]
    public void ASeedIsOneLineUnderTheHeaderReadBackWhole()
    {
        var csv = CsvExport.Write([Seed("112082")], id => "https://archive.example.org/documents/" + id);

        var rows = CsvTable.Read(csv);
        Assert.Equal(["id", "title", "date", "archive_location", "permalink", "versioned_permalink"], rows[0]);
        Assert.Equal(
            ["112082", "Telegram from Stalin to Kim II Sung, via Shtykov", "November 20, 1950",
             "APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, Opis 5a, Delo 3, Papka 11, Listy 165-166",
             "https://archive.example.org/documents/112082", Seed("112082").Permalink],
            rows[1]);
        Assert.Equal(2, rows.Length);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
        Assert.Equal(2, csv.Split("\r\n").Length - 1);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("Kim, Il Sung", "\"Kim, Il Sung\"")]
    [InlineData("the \"Soviet\" side", "\"the \"\"Soviet\"\" side\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("Ким Ир Сен", "Ким Ир Сен")]
    public void AFieldIsQuotedOnlyWhenItMustBeAndItsQuotesDoubled(string value, string field)
    {
        Assert.Equal(field, CsvExport.Field(value));
        Assert.Equal([value], CsvTable.Read(field + "\r\n")[0]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil\")")]
    [InlineData("+1 (202) 555")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1)")]
    [InlineData("\tTab")]
    public void ACellASpreadsheetWouldRunStartsWithAnApostropheAndKeepsEveryCharacter(string value)
    {
        var read = CsvTable.Read(CsvExport.Field(value) + "\r\n")[0][0];

        Assert.Equal("'" + value, read);
    }
}
