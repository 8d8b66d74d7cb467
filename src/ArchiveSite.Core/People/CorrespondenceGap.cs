namespace ArchiveSite.Core.People;

/// <summary>
/// A gap in a correspondence, shown before the record it ends: a long silence either way, or
/// numbers missing from one sender's series.
/// </summary>
/// <param name="BeforeId">The record the gap ends (the list shows the gap just before it).</param>
/// <param name="AfterId">The record the gap begins after.</param>
/// <param name="Days">For a silence: the days between the two records; 0 for a numbering gap.</param>
/// <param name="FromA">For a numbering gap: whose series (true: the first person's); for a silence, unused.</param>
/// <param name="FirstMissing">For a numbering gap: the first number not in the archive.</param>
/// <param name="LastMissing">For a numbering gap: the last number not in the archive.</param>
public sealed record CorrespondenceGap(string BeforeId, string AfterId, int Days, bool FromA, int FirstMissing, int LastMissing)
{
    /// <summary>True for numbers missing from a series; false for a silence.</summary>
    public bool IsNumbering => Days == 0;

    /// <summary>How many numbers are missing.</summary>
    public int MissingCount => IsNumbering ? LastMissing - FirstMissing + 1 : 0;
}
