
namespace ArchiveSite.Core.Search.Indexing;

/// <summary>How far an index build has got: for the log line an operator watches on a first start, and the notice a visitor sees meanwhile.</summary>
/// <param name="Done">Files read, letters linked, or records added, so far.</param>
/// <param name="Total">Files to read, letters to link, or records to add.</param>
/// <param name="Elapsed">Time since the step began.</param>
/// <param name="Step">Reading files (and parsing them), linking letters, or adding records to the index.</param>
/// <param name="DoneBefore">
/// What of <paramref name="Done"/> was done before the step began (a rebuild adds most records while
/// it reads, the letters after): the rate, and so the time left, counts only the step's own work.
/// </param>
public sealed record IndexProgress(int Done, int Total, TimeSpan Elapsed, IndexStep Step = IndexStep.Adding, int DoneBefore = 0)
{
    /// <summary>Files or records per second so far in this step.</summary>
    public double RecordsPerSecond => Elapsed.TotalSeconds > 0 ? (Done - DoneBefore) / Elapsed.TotalSeconds : 0;

    /// <summary>The time the step's rest takes at its rate so far; null before there is a rate to go by.</summary>
    public TimeSpan? Left => RecordsPerSecond > 0 ? TimeSpan.FromSeconds((Total - Done) / RecordsPerSecond) : null;
}

/// <summary>The steps of an index build.</summary>
public enum IndexStep
{
    /// <summary>Reading and parsing the record files (a rebuild also adds every record that is not a letter meanwhile).</summary>
    Reading,

    /// <summary>Inferring reply links between letters, which needs every letter read.</summary>
    Linking,

    /// <summary>Adding the records to the index.</summary>
    Adding,
}
