namespace ArchiveSite.Core.Search;

/// <summary>How far an index build has got: for the log line an operator watches on a first start.</summary>
/// <param name="Done">Records added so far.</param>
/// <param name="Total">Records to add.</param>
/// <param name="Elapsed">Time since adding began.</param>
public sealed record IndexProgress(int Done, int Total, TimeSpan Elapsed)
{
    /// <summary>Records added per second so far.</summary>
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}
