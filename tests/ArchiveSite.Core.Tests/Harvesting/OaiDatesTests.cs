using ArchiveSite.Core.Harvesting;

namespace ArchiveSite.Core.Tests.Harvesting;

/// <summary>OAI-PMH's dates: datestamps in UTC to the second, and from/until as days or seconds.</summary>
public sealed class OaiDatesTests
{
    private static DateTimeOffset Utc(int year, int month, int day, int hour = 0, int minute = 0, int second = 0) =>
        new(year, month, day, hour, minute, second, TimeSpan.Zero);

    private static string CodeOf(Action action) => Assert.Throws<OaiError>(action).Code;

    [Fact]
    public void ADatestampIsWrittenInUtcToTheSecond()
    {
        var moscow = new DateTimeOffset(2026, 11, 23, 12, 0, 0, 500, TimeSpan.FromHours(3));

        Assert.Equal("2026-11-23T09:00:00Z", OaiDates.Format(moscow));
    }

    [Fact]
    public void NoBoundsSelectEverything()
    {
        Assert.Equal((null, null), OaiDates.Range(null, null));
    }

    [Fact]
    public void ADayFromStartsAtMidnightAndADayUntilTakesTheWholeDay()
    {
        var (from, until) = OaiDates.Range("1950-11-20", "1950-11-21");

        Assert.Equal(Utc(1950, 11, 20), from);
        Assert.Equal(Utc(1950, 11, 22).AddTicks(-1), until);
    }

    [Fact]
    public void ASecondUntilTakesTheWholeSecond()
    {
        var (from, until) = OaiDates.Range("2026-11-23T09:00:00Z", "2026-11-23T09:00:00Z");

        Assert.Equal(Utc(2026, 11, 23, 9), from);
        Assert.Equal(Utc(2026, 11, 23, 9, 0, 1).AddTicks(-1), until);
    }

    [Fact]
    public void EitherBoundMayBeGivenAlone()
    {
        Assert.Equal((Utc(2026, 1, 1), null), OaiDates.Range("2026-01-01", null));
        Assert.Equal((null, Utc(2026, 1, 2).AddTicks(-1)), OaiDates.Range(null, "2026-01-01"));
    }

    [Fact]
    public void FromAndUntilOfDifferentGranularityAreABadArgument()
    {
        var error = Assert.Throws<OaiError>(() => OaiDates.Range("2000-01-01", "2999-01-01T00:00:00Z"));

        Assert.Equal("badArgument", error.Code);
        Assert.Contains("same granularity", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FromAfterUntilIsABadArgumentQuotingBoth()
    {
        var error = Assert.Throws<OaiError>(() => OaiDates.Range("2001-01-01", "2000-01-01"));

        Assert.Equal("badArgument", error.Code);
        Assert.Equal("from (2001-01-01) is after until (2000-01-01).", error.Message);
    }

    [Fact]
    public void TheSameDayAsFromAndUntilIsOneDay()
    {
        var (from, until) = OaiDates.Range("2000-01-01", "2000-01-01");

        Assert.Equal(TimeSpan.FromDays(1) - TimeSpan.FromTicks(1), until - from);
    }

    [Theory]
    [InlineData("yesterday")]
    [InlineData("2026-11-23T09:00:00")] // a second must be UTC, written with Z
    [InlineData("2026-11-23T09:00:00+03:00")]
    [InlineData("2026-11-23T09:00Z")] // minutes are not a granularity the protocol has
    [InlineData("23/11/2026")]
    [InlineData("2026-02-30")]
    [InlineData("")]
    public void AnythingButADayOrAUtcSecondIsABadArgumentNamingTheBound(string text)
    {
        Assert.Equal("badArgument", CodeOf(() => OaiDates.Range(text, null)));
        Assert.Equal($"'{text}' is not a valid until datestamp: write YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ.", Assert.Throws<OaiError>(() => OaiDates.Range(null, text)).Message);
    }

    [Fact]
    public void AnUnreadableFromIsReportedBeforeTheGranularity()
    {
        Assert.Contains("not a valid from datestamp", Assert.Throws<OaiError>(() => OaiDates.Range("yesterday", "2000-01-01T00:00:00Z")).Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("9999-12-31")]
    [InlineData("9999-12-31T23:59:59Z")]
    public void TheLastDayThereIsEndsAtTheLastTickInsteadOfFailing(string until)
    {
        var (_, end) = OaiDates.Range(null, until);

        Assert.Equal(DateTimeOffset.MaxValue, end);
    }
}
