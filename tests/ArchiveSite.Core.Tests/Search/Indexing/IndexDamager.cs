namespace ArchiveSite.Core.Tests.Search.Indexing;

/// <summary>Damages an index folder's files the ways disks and copies do, for the tests that check the site notices.</summary>
internal static class IndexDamager
{
    /// <summary>The largest file of the folder whose name ends in <paramref name="extension"/> (".tim", ".fdt"…).</summary>
    public static string Largest(string folder, string extension) =>
        Directory.EnumerateFiles(folder).Where(f => f.EndsWith(extension, StringComparison.Ordinal)).MaxBy(f => new FileInfo(f).Length)
            ?? throw new FileNotFoundException($"No {extension} file in {folder}");

    /// <summary>The last commit's segments file.</summary>
    public static string Segments(string folder) =>
        Path.Combine(folder, Lucene.Net.Index.SegmentInfos.GetLastCommitSegmentsFileName(Directory.GetFiles(folder).Select(Path.GetFileName).ToArray())
            ?? throw new FileNotFoundException($"No segments file in {folder}"));

    /// <summary>
    /// Flips one byte every 4 KB from the middle of the file up to its footer (the FRUS finding's
    /// damage), at least one: the head and the footer stay as they were, so the cheap checks of a
    /// start pass and only a whole check (or a read of that part) finds it.
    /// </summary>
    public static void FlipBytes(string path)
    {
        var bytes = File.ReadAllBytes(path);
        for (var at = bytes.Length / 2; at < bytes.Length - 16 || at == bytes.Length / 2; at += 4096)
        {
            bytes[at] ^= 0x5A;
        }

        File.WriteAllBytes(path, bytes);
    }

    /// <summary>
    /// Flips the byte <paramref name="fromEnd"/> bytes before the end of one of the site's own files
    /// (the manifest, the catalogue, a lookup store): past their heads, which name the commit (a
    /// change there reads as a file for another commit, replaced without being damage), and before
    /// the checksum at their end.
    /// </summary>
    public static void FlipByteNearEnd(string path, int fromEnd = 48)
    {
        var bytes = File.ReadAllBytes(path);
        bytes[bytes.Length - fromEnd] ^= 0x5A;
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Cuts the last <paramref name="bytes"/> bytes off the file, as a copy that ran out of space does.</summary>
    public static void Truncate(string path, int bytes = 100)
    {
        var content = File.ReadAllBytes(path);
        File.WriteAllBytes(path, content[..Math.Max(0, content.Length - bytes)]);
    }
}
