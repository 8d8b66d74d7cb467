using ArchiveSite.Core.People;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.People;

/// <summary>The research leads of a correspondence: silences, numbering gaps, records with no known reply.</summary>
public sealed class CorrespondenceRulesTests
{
    private static CorrespondenceLetter Letter(string id, bool fromA, string? day, int? number = null, string? inReplyTo = null, bool through = false) =>
        new(new DocumentCard(id, $"Telegram {id}", day ?? "undated", day, "A test record."), fromA, through, number,
            day is null ? null : DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture), inReplyTo, inReplyTo is null ? null : "a test");

    [Fact]
    public void RecordsAreInDateOrderThenByNumberWithTheUndatedLast()
    {
        var ordered = CorrespondenceRules.InDateOrder([Letter("u", true, null), Letter("c", true, "1959-04-29", 2236), Letter("b", true, "1959-04-29", 2234), Letter("a", false, "1959-04-01")]);

        Assert.Equal(["a", "b", "c", "u"], ordered.Select(l => l.Id));
    }

    [Fact]
    public void ASilenceIsLongerThanFiveMedianIntervalsAndAMonth()
    {
        var ordered = CorrespondenceRules.InDateOrder(
        [
            Letter("a", true, "1962-01-01"), Letter("b", false, "1962-01-05"), Letter("c", true, "1962-01-09"),
            Letter("d", false, "1962-01-13"), Letter("e", true, "1962-03-01"), Letter("f", false, "1962-03-05"),
        ]);

        var silence = Assert.Single(CorrespondenceRules.Silences(ordered));
        Assert.Equal(("e", "d", 47), (silence.BeforeId, silence.AfterId, silence.Days));
        Assert.False(silence.IsNumbering);
        Assert.Equal(4, CorrespondenceRules.MedianInterval(ordered));
    }

    [Fact]
    public void AGapOfAMonthIsNoSilenceWhereRecordsComeMonthsApart()
    {
        var ordered = CorrespondenceRules.InDateOrder([Letter("a", true, "1962-01-01"), Letter("b", false, "1962-03-01"), Letter("c", true, "1962-05-01"), Letter("d", true, "1962-07-01")]);

        Assert.Empty(CorrespondenceRules.Silences(ordered));
    }

    [Fact]
    public void NumbersSkippedInOneSendersSeriesAreAGapAndALowerNumberStartsANewSeries()
    {
        var ordered = CorrespondenceRules.InDateOrder(
        [
            Letter("a", true, "1962-10-18", 459), Letter("x", false, "1962-10-19", 460), Letter("b", true, "1962-10-22", 466),
            Letter("c", true, "1962-10-23", 467), Letter("d", true, "1963-08-27", 256), Letter("v", true, "1963-08-28", 300, through: true),
        ]);

        var gap = Assert.Single(CorrespondenceRules.NumberingGaps(ordered));
        Assert.Equal(("b", "a", true, 460, 465, 6), (gap.BeforeId, gap.AfterId, gap.FromA, gap.FirstMissing, gap.LastMissing, gap.MissingCount));
    }

    [Fact]
    public void ARecordAnsweredTheOtherWayHasItsAnswerAndTheRestNoKnownReply()
    {
        var ordered = CorrespondenceRules.WithReplies(CorrespondenceRules.InDateOrder(
        [
            Letter("a", true, "1950-11-16"), Letter("b", false, "1950-11-20", inReplyTo: "a"), Letter("c", true, "1950-12-01"), Letter("u", true, null),
        ]));

        Assert.Equal(["b"], ordered.Single(l => l.Id == "a").AnsweredBy);
        Assert.False(ordered.Single(l => l.Id == "a").NoKnownReply);
        Assert.True(ordered.Single(l => l.Id == "b").NoKnownReply);
        Assert.True(ordered.Single(l => l.Id == "c").NoKnownReply);
        Assert.False(ordered.Single(l => l.Id == "u").NoKnownReply);
        var span = CorrespondenceRules.Span(ordered, fromA: true);
        Assert.Equal((3, new DateOnly(1950, 11, 16), new DateOnly(1950, 12, 1), 1), (span.Count, span.First, span.Last, span.NoKnownReply));
    }
}
