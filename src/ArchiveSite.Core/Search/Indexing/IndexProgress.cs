
namespace ArchiveSite.Core.Search.Indexing;

/// <summary>How far an index build has got: for the log line an operator watches on a first start.</summary>
/// <param name="Done">Files read, or records added, so far.</param>
/// <param name="Total">Files to read, or records to add.</param>
/// <param name="Elapsed">Time since the step began.</param>
/// <param name="Step">Reading files (and parsing them), or adding records to the index.</param>
public sealed record IndexProgress(int Done, int Total, TimeSpan Elapsed, IndexStep Step = IndexStep.Adding)
{
    /// <summary>Files or records per second so far.</summary>
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? Done / Elapsed.TotalSeconds : 0;
}

/// <summary>The two steps of an index build.</summary>
public enum IndexStep
{
    /// <summary>Reading and parsing the record files.</summary>
    Reading,

    /// <summary>Adding the records to the index.</summary>
    Adding,
}
