using System.Globalization;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>The dates a record's text mentions: every form telegrams use, and the numbers that only look like dates.</summary>
public sealed class MentionedDatesTests
{
    private static readonly ArchiveDate November17 = Date("November 17, 1950");

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static ArchiveDate Date(string text) =>
        ArchiveDateParser.TryParse(text, out var date) ? date : throw new ArgumentException(text, nameof(text));

    [Theory]
    [InlineData("Sent 16.11.50 by wire", "16.11.50", "1950-11-16", "1950-11-16", DatePrecision.Day)]
    [InlineData("Sent 16.11.1950 by wire", "16.11.1950", "1950-11-16", "1950-11-16", DatePrecision.Day)]
    [InlineData("Sent 1.2.50 by wire", "1.2.50", "1950-02-01", "1950-02-01", DatePrecision.Day)]
    [InlineData("Moscow, 24.III.50.", "24.III.50", "1950-03-24", "1950-03-24", DatePrecision.Day)]
    [InlineData("Moscow, 24.XII.1950.", "24.XII.1950", "1950-12-24", "1950-12-24", DatePrecision.Day)]
    [InlineData("No. 4/7556 20 November 1950 Copies", "20 November 1950", "1950-11-20", "1950-11-20", DatePrecision.Day)]
    [InlineData("signed on November 20, 1950, in Moscow", "November 20, 1950", "1950-11-20", "1950-11-20", DatePrecision.Day)]
    [InlineData("the note of Nov. 20, 1950", "Nov. 20, 1950", "1950-11-20", "1950-11-20", DatePrecision.Day)]
    [InlineData("4 MAY 1952 MEMORANDUM", "4 MAY 1952", "1952-05-04", "1952-05-04", DatePrecision.Day)]
    [InlineData("talks in November 1950 failed", "November 1950", "1950-11-01", "1950-11-30", DatePrecision.Month)]
    [InlineData("the report (1950-11-20) says", "1950-11-20", "1950-11-20", "1950-11-20", DatePrecision.Day)]
    [InlineData("February 29, 1952 was a leap day", "February 29, 1952", "1952-02-29", "1952-02-29", DatePrecision.Day)]
    public void EachWrittenFormIsFoundAsWrittenWithItsSpan(string text, string written, string start, string end, DatePrecision precision)
    {
        var date = Assert.Single(MentionedDates.Find(text, documentDate: null));

        Assert.Equal(written, date.Text);
        Assert.Equal(text.IndexOf(written, StringComparison.Ordinal), date.Offset);
        Assert.Equal(Day(start), date.Start);
        Assert.Equal(Day(end), date.End);
        Assert.Equal(precision, date.Precision);
    }

    [Fact]
    public void DatesAreFoundInTheOrderWrittenAtTheirOffsets()
    {
        const string text = "From CORRESPONDENT 13 Sent 17.11.50 Received 18.11 4:03-19:35\n\nWith respect KIM IL SUNG\n\n16.11.50\"";

        var dates = MentionedDates.Find(text, November17);

        Assert.Equal(["17.11.50", "18.11", "16.11.50"], dates.Select(d => d.Text));
        Assert.Equal([27, 45, 89], dates.Select(d => d.Offset));
        Assert.All(dates, d => Assert.Equal(d.Text, text.Substring(d.Offset, d.Text.Length)));
        Assert.Equal([Day("1950-11-17"), Day("1950-11-18"), Day("1950-11-16")], dates.Select(d => d.Start));
    }

    [Theory]
    [InlineData("January 2, 1951", "30.12", "1950-12-30")] // a telegram of early January received on the 30th: December of the year before
    [InlineData("December 30, 1950", "02.01", "1951-01-02")] // and the other way round
    [InlineData("November 1950", "18.11", "1950-11-18")]
    [InlineData("1950", "18.11", "1950-11-18")] // a year-only record still says which year
    public void ADayAndMonthWithoutAYearTakeTheYearNearestTheRecordsDate(string documentDate, string written, string expected)
    {
        var dates = MentionedDates.Find($"Sent 17.11.50 Received {written}", Date(documentDate));

        Assert.Equal(Day(expected), dates.Single(d => d.Text == written).Start);
    }

    [Theory]
    [InlineData(null)] // an undated record gives no year to take
    [InlineData("1950 – 1953")] // a record spanning years cannot say which one
    public void ADayAndMonthWithoutAYearAreSkippedWhenTheRecordsDateCannotTellTheYear(string? documentDate)
    {
        var dates = MentionedDates.Find("Sent 17.11.50 Received 18.11", documentDate is null ? null : Date(documentDate));

        Assert.Equal(["17.11.50"], dates.Select(d => d.Text));
    }

    [Fact]
    public void ADayAndMonthWithoutAYearAreSkippedInATextThatNeverPutsTheDayFirst()
    {
        // In American prose "10.12 a.m." and "3.05 billion" are times and figures; nothing in the text says day-first.
        Assert.Empty(MentionedDates.Find("Received at 10.12 a.m. after the 3.05 billion piastres", November17));
    }

    [Theory]
    [InlineData("Sent 17.11.50 Army 2.08 3.14 1.07 Navy", "a run of figures in a table")]
    [InlineData("Sent 17.11.50 and 116.11.50", "more digits before the day")]
    [InlineData("Sent 17.11.50 and 16.11.500", "more digits after the year")]
    public void OnlyTheRealDateIsFoundAmongNumbersThatLookLikeDates(string text, string why)
    {
        Assert.True(MentionedDates.Find(text, November17).Select(d => d.Text).SequenceEqual(["17.11.50"]), why);
    }

    [Theory]
    [InlineData("Received 4:03-19:35")] // times
    [InlineData("No. 4/7556")] // telegram numbers
    [InlineData("CIPHERED TELEGRAM No. 600742/III")]
    [InlineData("version 1.2.3.4 and 10.11.12.13")] // dotted numbers of more parts than a date has
    [InlineData("File 611.61/6.1250 and 740.0011 PW/712–2.3.49")] // decimal file numbers
    [InlineData("in 1950 and 1951")] // bare years
    [InlineData("on 31.02.50 or 30.13.1950 or 1950-02-30")] // not real calendar days
    [InlineData("we may 1950 be late")] // the verb, not the month
    [InlineData("Jan 2449 615 148 180")] // a table row
    [InlineData("meeting held 9 FEB 1700 HOURS in Rabat")] // military time, not a year
    [InlineData("on 24.iii.50")] // lower-case numerals are list numbers
    [InlineData("Re Embtels 1126, December 5, 1139, December 7.")] // telegram numbers after dates (FRUS 1952-54 v12 d406)
    [InlineData("the Senate confirmed on March 1, 1049")] // a typo for 1949: no record here speaks of the 11th century
    [InlineData("visited Vietnam, March 1617, on McNamara's orders")] // "March 16-17": a month and a year this early is a misreading
    public void NumbersThatAreNotDatesAreNotFound(string text)
    {
        Assert.Empty(MentionedDates.Find(text, November17));
    }

    [Fact]
    public void AYearFarAfterTheRecordsOwnDateIsATypoNotADate()
    {
        Assert.Empty(MentionedDates.Find("MEMORANDUM OCT 3 7973 Pressure Points", Date("October 3, 1973")));
        Assert.Single(MentionedDates.Find("the treaty signed on April 17, 1895", November17));
    }

    [Theory]
    [InlineData("the Massacre of Protestants in France on August 24, 1572.", "1572-08-24")]
    [InlineData("stormed successfully, that was on July 14, 1789.", "1789-07-14")]
    [InlineData("As on 15 September 1821, we freed ourselves", "1821-09-15")]
    public void HistoricalDatesWithADayAreKept(string text, string expected)
    {
        Assert.Equal(expected, Assert.Single(MentionedDates.Find(text, November17)).Start.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
    }
}
