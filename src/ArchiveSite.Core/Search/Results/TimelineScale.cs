
namespace ArchiveSite.Core.Search.Results;

/// <summary>What one bar of a <see cref="Timeline"/> stands for.</summary>
public enum TimelineScale
{
    /// <summary>A month: the span is short enough for months to be read.</summary>
    Month,

    /// <summary>A year: the span is too long for a bar a month.</summary>
    Year,
}
