using System.Globalization;
using System.Text;

namespace ArchiveSite.Core.Versions;

/// <summary>
/// The saved <see cref="VersionOffsets"/> (<c>versions.index</c>), so a start reads only what was
/// appended to the log since, not hundreds of megabytes of texts. A header names the bytes and
/// lines of the log it covers and the hash of the 4 KB before that point; an index whose log was
/// replaced or rewritten does not match and the log is read whole instead. Written whole, through a
/// temporary file, after each change. The log stays the truth: this file can always be rebuilt.
/// </summary>
internal static class VersionIndexFile
{
    /// <summary>The file's name inside the store's folder.</summary>
    public const string FileName = "versions.index";

    private const string Format = "archivesite-versions-index-1";

    /// <summary>Bytes before the covered length whose hash the file keeps, to notice a replaced log.</summary>
    private const int TailCheckBytes = 4096;

    /// <summary>
    /// Fills <paramref name="offsets"/> and <paramref name="problems"/> from the file when it describes
    /// a prefix of <paramref name="log"/>; returns the bytes and lines it covers, or (0, 0) to read the
    /// whole log (offsets then left empty).
    /// </summary>
    public static (long Covered, int Lines) Load(string path, FileStream log, VersionOffsets offsets, List<string> problems)
    {
        if (!File.Exists(path))
        {
            return (0, 0);
        }

        try
        {
            using var reader = new StreamReader(path, Encoding.UTF8);
            var header = reader.ReadLine()?.Split('\t');
            if (header is not [Format, var coveredText, var linesText, var tailHash]
                || !long.TryParse(coveredText, CultureInfo.InvariantCulture, out var covered)
                || !int.TryParse(linesText, CultureInfo.InvariantCulture, out var lines)
                || covered > log.Length || TailHash(log, covered) != tailHash)
            {
                return (0, 0);
            }

            var saved = new List<string>();
            while (reader.ReadLine() is { } text)
            {
                if (text.StartsWith('!'))
                {
                    saved.Add(text[1..]);
                    continue;
                }

                var parts = text.Split('\t');
                var info = new VersionInfo(parts[1], DateTimeOffset.Parse(parts[2], CultureInfo.InvariantCulture));
                offsets.Add(parts[0], new LogEntry(info, long.Parse(parts[3], CultureInfo.InvariantCulture), int.Parse(parts[4], CultureInfo.InvariantCulture)));
            }

            problems.AddRange(saved);
            return (covered, lines);
        }
        catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            offsets.Clear();
            return (0, 0);
        }
    }

    /// <summary>Writes the file for the first <paramref name="covered"/> bytes of <paramref name="logPath"/> (every line ended), atomically.</summary>
    public static void Save(string path, string logPath, long covered, int lines, IEnumerable<string> problems, VersionOffsets offsets)
    {
        var temporary = path + ".tmp";
        using (var log = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"{Format}\t{covered}\t{lines}\t{TailHash(log, covered)}\n"));
            foreach (var problem in problems)
            {
                writer.Write('!');
                writer.Write(problem.ReplaceLineEndings(" "));
                writer.Write('\n');
            }

            foreach (var (id, (info, offset, length)) in offsets.All)
            {
                writer.Write(string.Create(CultureInfo.InvariantCulture, $"{id}\t{info.Version}\t{info.FirstSeen:O}\t{offset}\t{length}\n"));
            }
        }

        File.Move(temporary, path, overwrite: true);
    }

    /// <summary>SHA-256 of the up to 4 KB before <paramref name="covered"/>: a replaced or rewritten log does not match.</summary>
    private static string TailHash(FileStream log, long covered)
    {
        var start = Math.Max(0, covered - TailCheckBytes);
        var bytes = new byte[covered - start];
        log.Position = start;
        log.ReadExactly(bytes);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }
}
