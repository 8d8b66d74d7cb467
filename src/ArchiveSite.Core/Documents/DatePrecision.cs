namespace ArchiveSite.Core.Documents;

/// <summary>How exactly a record is dated. A record dated to a month never gains an invented day.</summary>
public enum DatePrecision
{
    /// <summary>A year only: <c>1950</c>.</summary>
    Year,

    /// <summary>A month: <c>November 1950</c>.</summary>
    Month,

    /// <summary>A full date: <c>November 20, 1950</c>.</summary>
    Day,
}
