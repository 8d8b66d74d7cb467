using ArchiveSite.Core.Search.Indexing;
using Microsoft.Extensions.Logging;

namespace ArchiveSite.Core.Archive;

/// <summary>
/// Keeps an index build's progress for the "being indexed" notice, and logs it with its rate at
/// most every five seconds: a first start on a large corpus takes a while.
/// </summary>
internal sealed class ProgressLog(ILogger logger, Action<IndexProgress> keep) : IProgress<IndexProgress>
{
    private long _lastTicks = Environment.TickCount64;

    public void Report(IndexProgress value)
    {
        keep(value);
        var now = Environment.TickCount64;
        var last = Interlocked.Read(ref _lastTicks);
        if (value.Done < value.Total && now - last < 5000 || Interlocked.CompareExchange(ref _lastTicks, now, last) != last)
        {
            return;
        }

        if (value.Step == IndexStep.Reading)
        {
            logger.LogInformation("Reading record files: {Done} of {Total}, {Rate:F0} files/s", value.Done, value.Total, value.RecordsPerSecond);
        }
        else if (value.Step == IndexStep.Linking)
        {
            logger.LogInformation("Linking replies between {Total} letters", value.Total);
        }
        else
        {
            logger.LogInformation("Indexing: {Done} of {Total} records, {Rate:F0} records/s", value.Done, value.Total, value.RecordsPerSecond);
        }
    }
}
