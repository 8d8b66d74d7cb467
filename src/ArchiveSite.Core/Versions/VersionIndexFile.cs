using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;

namespace ArchiveSite.Core.Versions;

/// <summary>
/// The saved <see cref="LogState"/> (<c>versions.index</c>), so a start reads only what was appended
/// to the log since, not hundreds of megabytes of texts. A header names the bytes and lines of the
/// log it covers and the hash of the 4 KB before that point; an index whose log was replaced or
/// rewritten does not match and the log is read whole instead. A last line holds the SHA-256 of all
/// before it, so an index damaged on disk is never believed (a changed offset would send every read
/// of a good text to the wrong bytes). Written whole, through a temporary file, after each change.
/// The log stays the truth: this file can always be rebuilt, and is whenever it does not match.
/// </summary>
/// <remarks>
/// Lines, each tab-separated: <c>T</c> id, version, first sighting, offset, length, line (a text);
/// <c>D</c> line, offset, id, version, repaired-at line, unfinished, reason (a damaged line);
/// <c>P</c> id, line, withdrawn-at, archives (JSON), returned-at (a record with status lines).
/// </remarks>
internal static class VersionIndexFile
{
    /// <summary>The file's name inside the store's folder.</summary>
    public const string FileName = "versions.index";

    private const string Format = "archivesite-versions-index-2";

    /// <summary>Bytes before the covered length whose hash the file keeps, to notice a replaced log.</summary>
    private const int TailCheckBytes = 4096;

    /// <summary>What loading found: the bytes and lines of the log the state now covers (0 and 0 to read it whole), and why the file was not used, if it was not.</summary>
    public readonly record struct Loaded(long Covered, int Lines, string? Note, bool LogCutShort = false);

    /// <summary>
    /// Fills <paramref name="state"/> from the file when it describes a prefix of <paramref name="log"/>;
    /// otherwise leaves it empty and says why.
    /// </summary>
    public static Loaded Load(string path, FileStream log, LogState state)
    {
        if (!File.Exists(path))
        {
            return new Loaded(0, 0, $"{path} is missing: the log was read whole");
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var trailer = bytes.AsSpan().TrimEnd((byte)'\n').LastIndexOf((byte)'\n') + 1;
            var text = Encoding.UTF8.GetString(bytes);
            var lines = text.Split('\n');
            var header = lines[0].Split('\t');
            if (header[0] != Format)
            {
                return new Loaded(0, 0, header[0].StartsWith("archivesite-versions-index-", StringComparison.Ordinal)
                    ? $"{path} was written by another build of the site (format {header[0]}): the log was read whole, and the file written again"
                    : $"{path} is not a saved index of this store: the log was read whole");
            }

            var last = Encoding.ASCII.GetString(bytes.AsSpan(trailer)).TrimEnd('\n');
            if (last != "#\t" + Convert.ToHexStringLower(SHA256.HashData(bytes.AsSpan(0, trailer))))
            {
                return new Loaded(0, 0, $"{path} is damaged (its bytes do not match their checksum): the log was read whole");
            }

            if (header is not [_, var coveredText, var linesText, var tailHash]
                || !long.TryParse(coveredText, CultureInfo.InvariantCulture, out var covered)
                || !int.TryParse(linesText, CultureInfo.InvariantCulture, out var lineCount))
            {
                return new Loaded(0, 0, $"{path} has a damaged header: the log was read whole");
            }

            if (covered > log.Length)
            {
                return new Loaded(0, 0,
                    string.Create(CultureInfo.InvariantCulture, $"{path} describes {covered:N0} bytes and {lineCount:N0} lines of the log, which now has only {log.Length:N0} bytes: the log was cut short or replaced by an older copy, and the texts written after byte {log.Length:N0} are not in it (restore it from a backup to recover them). The log was read whole"),
                    LogCutShort: true);
            }

            if (TailHash(log, covered) != tailHash)
            {
                return new Loaded(0, 0, $"{path} does not match the log (the log was replaced or restored from another copy): the log was read whole");
            }

            foreach (var line in lines.Skip(1).Where(l => l.Length > 0 && !l.StartsWith("#\t", StringComparison.Ordinal)))
            {
                Apply(line.Split('\t'), state);
            }

            state.Lines = lineCount;
            state.Complete = covered;
            return new Loaded(covered, lineCount, null);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or IndexOutOfRangeException or OverflowException or ArgumentException or JsonException)
        {
            state.Clear();
            return new Loaded(0, 0, $"{path} cannot be read ({ex.Message}): the log was read whole");
        }
    }

    /// <summary>Writes the file for <paramref name="state"/> (every line of the log ended), atomically.</summary>
    /// <exception cref="IOException">The file could not be written (the temporary file is removed).</exception>
    public static void Save(string path, string logPath, LogState state)
    {
        var body = new StringBuilder();
        using (var log = new FileStream(logPath, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            body.Append(CultureInfo.InvariantCulture, $"{Format}\t{state.Complete}\t{state.Lines}\t{TailHash(log, state.Complete)}\n");
        }

        foreach (var d in state.Damaged.Values.OrderBy(d => d.Line))
        {
            body.Append(CultureInfo.InvariantCulture, $"D\t{d.Line}\t{d.Offset}\t{d.Id}\t{d.Version}\t{d.RepairedAt}\t{(d.Unfinished ? "1" : "")}\t{d.Reason.ReplaceLineEndings(" ").Replace('\t', ' ')}\n");
        }

        foreach (var (id, p) in state.Presences)
        {
            body.Append(CultureInfo.InvariantCulture, $"P\t{id}\t{p.Line}\t{p.Withdrawn?.At.ToString("O", CultureInfo.InvariantCulture)}\t{(p.Withdrawn is { } w ? JsonSerializer.Serialize(w.Archives) : "")}\t{p.Returned?.ToString("O", CultureInfo.InvariantCulture)}\n");
        }

        foreach (var (id, (info, offset, length, line)) in state.Texts.All)
        {
            body.Append(CultureInfo.InvariantCulture, $"T\t{id}\t{info.Version}\t{info.FirstSeen:O}\t{offset}\t{length}\t{line}\n");
        }

        var bytes = Encoding.UTF8.GetBytes(body.ToString());
        var temporary = path + ".tmp";
        try
        {
            using (var file = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None))
            {
                file.Write(bytes);
                file.Write(Encoding.ASCII.GetBytes("#\t" + Convert.ToHexStringLower(SHA256.HashData(bytes)) + "\n"));
            }

            File.Move(temporary, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            try
            {
                File.Delete(temporary);
            }
            catch (Exception cleanup) when (cleanup is IOException or UnauthorizedAccessException)
            {
                // A stray temporary file is overwritten by the next save and never read.
            }

            throw;
        }
    }

    private static void Apply(string[] parts, LogState state)
    {
        switch (parts[0])
        {
            case "T":
                state.Texts.Add(parts[1], new LogEntry(
                    new VersionInfo(parts[2], DateTimeOffset.Parse(parts[3], CultureInfo.InvariantCulture)),
                    Long(parts[4]), Int(parts[5]), Int(parts[6])));
                break;
            case "D":
                var offset = Long(parts[2]);
                state.Damaged[offset] = new DamagedLine(Int(parts[1]), offset, NullIfEmpty(parts[3]), NullIfEmpty(parts[4]), parts[7],
                    parts[5].Length == 0 ? null : Int(parts[5]), parts[6] == "1");
                break;
            case "P":
                var withdrawn = parts[3].Length == 0 ? null
                    : new Withdrawal(parts[1], DateTimeOffset.Parse(parts[3], CultureInfo.InvariantCulture), JsonSerializer.Deserialize<string[]>(parts[4]) ?? []);
                state.Presences[parts[1]] = new Presence(Int(parts[2]), withdrawn, parts[5].Length == 0 ? null : DateTimeOffset.Parse(parts[5], CultureInfo.InvariantCulture));
                break;
            default:
                throw new FormatException($"a line of an unknown kind '{parts[0]}'");
        }
    }

    private static long Long(string text) => long.Parse(text, CultureInfo.InvariantCulture);

    private static int Int(string text) => int.Parse(text, CultureInfo.InvariantCulture);

    private static string? NullIfEmpty(string text) => text.Length == 0 ? null : text;

    /// <summary>SHA-256 of the up to 4 KB before <paramref name="covered"/>: a replaced or rewritten log does not match.</summary>
    private static string TailHash(FileStream log, long covered)
    {
        var start = Math.Max(0, covered - TailCheckBytes);
        var bytes = new byte[covered - start];
        log.Position = start;
        log.ReadExactly(bytes);
        return Convert.ToHexStringLower(SHA256.HashData(bytes));
    }
}
