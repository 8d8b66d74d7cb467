namespace ArchiveSite.Core.People;

/// <summary>
/// What a correspondence page marks as research leads, as pure functions of its records in date
/// order: long silences, numbers missing from a sender's series, and records that drew no known
/// reply. Each rule is stated on the page, so a researcher can judge what it finds.
/// </summary>
public static class CorrespondenceRules
{
    /// <summary>A silence is at least this many days with no record either way…</summary>
    public const int SilenceMinimumDays = 30;

    /// <summary>…and more than this many times the correspondence's median interval between records.</summary>
    public const int SilenceFactor = 5;

    /// <summary>
    /// The most numbers a gap in a series is marked for. A volume such as FRUS prints a selection,
    /// so between two printed telegrams of one post hundreds of numbers are usual and say little
    /// about any one message; a short run missing between two the archive has is a lead.
    /// </summary>
    public const int NumberingGapLimit = 20;

    /// <summary>
    /// The records in the order the page lists them: by first day (undated last), then by number in
    /// the series (two telegrams of one day), then by id.
    /// </summary>
    public static IReadOnlyList<CorrespondenceLetter> InDateOrder(IEnumerable<CorrespondenceLetter> letters) =>
        letters.OrderBy(l => l.Day is null)
            .ThenBy(l => l.Day)
            .ThenBy(l => l.Number ?? int.MaxValue)
            .ThenBy(l => l.Id, StringComparer.Ordinal)
            .ToArray();

    /// <summary>The median number of days between consecutive dated records (in date order); null with fewer than two.</summary>
    public static double? MedianInterval(IReadOnlyList<CorrespondenceLetter> ordered)
    {
        var days = ordered.Where(l => l.Day is not null).Select(l => l.Day!.Value.DayNumber).ToArray();
        if (days.Length < 2)
        {
            return null;
        }

        var intervals = days.Zip(days.Skip(1), (a, b) => b - a).Order().ToArray();
        var middle = intervals.Length / 2;
        return intervals.Length % 2 == 1 ? intervals[middle] : (intervals[middle - 1] + intervals[middle]) / 2.0;
    }

    /// <summary>
    /// Every silence: two consecutive dated records (either way) at least <see cref="SilenceMinimumDays"/>
    /// apart and more than <see cref="SilenceFactor"/> times the median interval apart.
    /// </summary>
    public static IReadOnlyList<CorrespondenceGap> Silences(IReadOnlyList<CorrespondenceLetter> ordered)
    {
        if (MedianInterval(ordered) is not { } median)
        {
            return [];
        }

        var dated = ordered.Where(l => l.Day is not null).ToArray();
        return dated.Zip(dated.Skip(1))
            .Select(p => (p.First, p.Second, Days: p.Second.Day!.Value.DayNumber - p.First.Day!.Value.DayNumber))
            .Where(p => p.Days >= SilenceMinimumDays && p.Days > SilenceFactor * median)
            .Select(p => new CorrespondenceGap(p.Second.Id, p.First.Id, p.Days, false, 0, 0))
            .ToArray();
    }

    /// <summary>
    /// Numbers missing from each sender's series: of the records one way that carry a number (not
    /// those passed on by a go-between, whose number is another sender's), in date order, two
    /// consecutive ones whose numbers rise by more than one. A lower number begins a new series
    /// (a post's telegrams are numbered anew each year), so it marks nothing.
    /// </summary>
    public static IReadOnlyList<CorrespondenceGap> NumberingGaps(IReadOnlyList<CorrespondenceLetter> ordered)
    {
        var gaps = new List<CorrespondenceGap>();
        foreach (var fromA in new[] { true, false })
        {
            var series = ordered.Where(l => l.FromA == fromA && !l.Through && l.Number is not null && l.Day is not null).ToArray();
            foreach (var (previous, next) in series.Zip(series.Skip(1)))
            {
                if (next.Number > previous.Number + 1)
                {
                    gaps.Add(new CorrespondenceGap(next.Id, previous.Id, 0, fromA, previous.Number!.Value + 1, next.Number!.Value - 1));
                }
            }
        }

        return gaps;
    }

    /// <summary>
    /// The letters with their answers within the correspondence (a record of the other way whose
    /// inferred reply link points at it), and marked as drawing no known reply when dated and no
    /// such answer exists.
    /// </summary>
    public static IReadOnlyList<CorrespondenceLetter> WithReplies(IReadOnlyList<CorrespondenceLetter> ordered)
    {
        var answers = ordered.Where(l => l.InReplyTo is not null)
            .ToLookup(l => l.InReplyTo!, StringComparer.Ordinal);
        return ordered.Select(letter =>
        {
            var answeredBy = answers[letter.Id].Where(a => a.FromA != letter.FromA).Select(a => a.Id).ToArray();
            return letter with { AnsweredBy = answeredBy, NoKnownReply = answeredBy.Length == 0 && letter.Day is not null };
        }).ToArray();
    }

    /// <summary>The records one way (<paramref name="fromA"/>): count, first and last day, go-betweens, unanswered.</summary>
    public static DirectionSpan Span(IReadOnlyList<CorrespondenceLetter> letters, bool fromA)
    {
        var way = letters.Where(l => l.FromA == fromA).ToArray();
        var days = way.Where(l => l.Day is not null).Select(l => l.Day!.Value).ToArray();
        return new DirectionSpan(way.Length, days.Length > 0 ? days.Min() : null, days.Length > 0 ? days.Max() : null,
            way.Count(l => l.Through), way.Count(l => l.NoKnownReply));
    }
}
