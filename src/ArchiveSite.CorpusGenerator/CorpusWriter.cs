namespace ArchiveSite.CorpusGenerator;

/// <summary>Writes a plan's first N records below a folder, in parallel (each record depends on its index only).</summary>
public static class CorpusWriter
{
    /// <summary>Writes records 0 to <paramref name="count"/>−1; returns the bytes written. The folder must be empty or absent.</summary>
    public static long Write(CorpusPlan plan, int count, string outputFolder, IProgress<int>? progress = null)
    {
        if (Directory.Exists(outputFolder) && Directory.EnumerateFileSystemEntries(outputFolder).Any())
        {
            throw new IOException($"The output folder '{outputFolder}' is not empty; choose a new or empty folder.");
        }

        Directory.CreateDirectory(outputFolder);
        long bytes = 0;
        var done = 0;
        Parallel.For(0, count, index =>
        {
            var record = plan.Create(index);
            var path = Path.Combine(outputFolder, record.RelativePath.Replace('/', Path.DirectorySeparatorChar));
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            using (var file = new FileStream(path, FileMode.CreateNew, FileAccess.Write))
            {
                file.Write(record.Bytes);
            }

            Interlocked.Add(ref bytes, record.Bytes.Length);
            if (Interlocked.Increment(ref done) % 10_000 == 0)
            {
                progress?.Report(done);
            }
        });
        return bytes;
    }
}
