using System.Globalization;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>Every written form of a date the parser accepts, and forms it must not.</summary>
public sealed class ArchiveDateParserTests
{
    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    [Theory]
    [InlineData("November 20, 1950", "1950-11-20", "1950-11-20", DatePrecision.Day, "1950-11-20")]
    [InlineData("Nov. 20, 1950", "1950-11-20", "1950-11-20", DatePrecision.Day, "1950-11-20")]
    [InlineData("Nov 20, 1950", "1950-11-20", "1950-11-20", DatePrecision.Day, "1950-11-20")]
    [InlineData("Sept. 3, 1950", "1950-09-03", "1950-09-03", DatePrecision.Day, "1950-09-03")]
    [InlineData("Sept 3, 1950", "1950-09-03", "1950-09-03", DatePrecision.Day, "1950-09-03")]
    [InlineData("Sep 3, 1950", "1950-09-03", "1950-09-03", DatePrecision.Day, "1950-09-03")]
    [InlineData("Jun. 5, 1950", "1950-06-05", "1950-06-05", DatePrecision.Day, "1950-06-05")]
    [InlineData("Jul. 1950", "1950-07-01", "1950-07-31", DatePrecision.Month, "1950-07")]
    [InlineData("4 Jul 1950", "1950-07-04", "1950-07-04", DatePrecision.Day, "1950-07-04")]
    [InlineData("NOVEMBER 20 1950", "1950-11-20", "1950-11-20", DatePrecision.Day, "1950-11-20")]
    [InlineData("20 November 1950", "1950-11-20", "1950-11-20", DatePrecision.Day, "1950-11-20")]
    [InlineData("20 Nov. 1950", "1950-11-20", "1950-11-20", DatePrecision.Day, "1950-11-20")]
    [InlineData("November 1950", "1950-11-01", "1950-11-30", DatePrecision.Month, "1950-11")]
    [InlineData("May, 1951", "1951-05-01", "1951-05-31", DatePrecision.Month, "1951-05")]
    [InlineData("February 1952", "1952-02-01", "1952-02-29", DatePrecision.Month, "1952-02")]
    [InlineData("1950", "1950-01-01", "1950-12-31", DatePrecision.Year, "1950")]
    [InlineData("1950-11-20", "1950-11-20", "1950-11-20", DatePrecision.Day, "1950-11-20")]
    [InlineData("1950-11", "1950-11-01", "1950-11-30", DatePrecision.Month, "1950-11")]
    [InlineData("20.11.1950", "1950-11-20", "1950-11-20", DatePrecision.Day, "1950-11-20")]
    [InlineData("1.2.1950", "1950-02-01", "1950-02-01", DatePrecision.Day, "1950-02-01")]
    [InlineData("February 29, 1952", "1952-02-29", "1952-02-29", DatePrecision.Day, "1952-02-29")]
    [InlineData("January 26, 1955 - January 27, 1955", "1955-01-26", "1955-01-27", DatePrecision.Day, "1955-01-26/1955-01-27")]
    [InlineData("January 26, 1955 – January 27, 1955", "1955-01-26", "1955-01-27", DatePrecision.Day, "1955-01-26/1955-01-27")]
    [InlineData("January 26, 1955 — January 27, 1955", "1955-01-26", "1955-01-27", DatePrecision.Day, "1955-01-26/1955-01-27")]
    [InlineData("1955-01-26 - 1955-01-27", "1955-01-26", "1955-01-27", DatePrecision.Day, "1955-01-26/1955-01-27")]
    [InlineData("November 1950 - December 1950", "1950-11-01", "1950-12-31", DatePrecision.Month, "1950-11/1950-12")]
    [InlineData("1950 – 1953", "1950-01-01", "1953-12-31", DatePrecision.Year, "1950/1953")]
    [InlineData("November 20, 1950 - December 1950", "1950-11-20", "1950-12-31", DatePrecision.Day, "1950-11-20/1950-12")]
    [InlineData("1950 - March 1951", "1950-01-01", "1951-03-31", DatePrecision.Year, "1950/1951-03")]
    [InlineData("November 1950 - January 5, 1951", "1950-11-01", "1951-01-05", DatePrecision.Month, "1950-11/1951-01-05")]
    [InlineData("November 20, 1950 - November 20, 1950", "1950-11-20", "1950-11-20", DatePrecision.Day, "1950-11-20")]
    public void AnAcceptedFormGivesItsSpanPrecisionAndIso(string text, string start, string end, DatePrecision precision, string iso)
    {
        Assert.True(ArchiveDateParser.TryParse(text, out var date));

        Assert.Equal(text, date.Text);
        Assert.Equal(Day(start), date.Start);
        Assert.Equal(Day(end), date.End);
        Assert.Equal(precision, date.Precision);
        Assert.Equal(iso, date.Iso);
        Assert.Equal(iso.Contains('/', StringComparison.Ordinal), date.IsRange);
    }

    [Fact]
    public void TheTextIsKeptTrimmed()
    {
        Assert.True(ArchiveDateParser.TryParse("  November 1950 \n", out var date));

        Assert.Equal("November 1950", date.Text);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("undated")]
    [InlineData("1950-13")]
    [InlineData("1950-00")]
    [InlineData("1950-11-31")]
    [InlineData("February 30, 1950")]
    [InlineData("February 29, 1950")]
    [InlineData("November 0, 1950")]
    [InlineData("Novembre 1950")]
    [InlineData("Sometime 1950")]
    [InlineData("20.11.50")]
    [InlineData("32.11.1950")]
    [InlineData("20.13.1950")]
    [InlineData("50")]
    [InlineData("0000")]
    [InlineData("November 20, 1950, Wilson Center")]
    [InlineData("January 27, 1955 - January 26, 1955")]
    [InlineData("1951 - 1950")]
    [InlineData("January 26, 1955 - sometime later")]
    public void ARejectedFormIsNotADate(string? text)
    {
        Assert.False(ArchiveDateParser.TryParse(text, out _));
    }

    [Theory]
    [InlineData(1950, 11, 20, 19501120)]
    [InlineData(1947, 1, 2, 19470102)]
    public void ADateAsANumberSortsByYearMonthDay(int year, int month, int day, int number)
    {
        Assert.Equal(number, ArchiveDate.ToNumber(new DateOnly(year, month, day)));
    }
}
