using System.Globalization;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.CorpusGenerator;

/// <summary>
/// A move of a record's date by whole years, months and days. The precision is kept: a month-only
/// date moves by years and months and stays month-only; a year-only date moves by years; days move
/// only dates (and ranges) written to the day.
/// </summary>
public sealed record DateShift(int Years, int Months, int Days)
{
    /// <summary>The shifted date as the citation writes it (<c>November 20, 1950</c>, <c>November 1950</c>, <c>1950</c>, or a range of two).</summary>
    public string Apply(ArchiveDate date, out DateOnly start)
    {
        var endPrecision = date.EndPrecision ?? date.Precision;
        var days = date.Precision == DatePrecision.Day && endPrecision == DatePrecision.Day ? Days : 0;
        start = StartOfPeriod(Move(date.Start, days), date.Precision);
        var text = Format(start, date.Precision);
        if (date.IsRange)
        {
            text += " - " + Format(Move(date.End, days), endPrecision);
        }

        return text;
    }

    private DateOnly Move(DateOnly day, int days) => day.AddYears(Years).AddMonths(Months).AddDays(days);

    /// <summary>A date in the citation's plain English form for its precision.</summary>
    public static string Format(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => day.ToString("MMMM d, yyyy", CultureInfo.InvariantCulture),
        DatePrecision.Month => day.ToString("MMMM yyyy", CultureInfo.InvariantCulture),
        _ => day.ToString("yyyy", CultureInfo.InvariantCulture),
    };

    /// <summary>The first day a date of this precision covers.</summary>
    public static DateOnly StartOfPeriod(DateOnly day, DatePrecision precision) => precision switch
    {
        DatePrecision.Day => day,
        DatePrecision.Month => new DateOnly(day.Year, day.Month, 1),
        _ => new DateOnly(day.Year, 1, 1),
    };

    /// <summary>A random shift: up to three years either way, up to eleven months, up to 27 days.</summary>
    public static DateShift Random(Random random) => new(random.Next(-3, 4), random.Next(-11, 12), random.Next(-27, 28));
}
