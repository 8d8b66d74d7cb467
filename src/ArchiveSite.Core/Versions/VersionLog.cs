using System.Text.Json;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Versions;

/// <summary>
/// The store's log, <c>versions.jsonl</c>: one JSON line per text, append-only. A line opens with
/// the record's id, version and first sighting, then the record whole, so a start can index the log
/// by reading each line's head without parsing the texts. A line is never rewritten or removed; a
/// crash can at worst leave a last line half-written, which is reported, kept, and stepped over.
/// </summary>
internal sealed class VersionLog(string path)
{
    /// <summary>The log's name inside the store's folder.</summary>
    public const string FileName = "versions.jsonl";

    private static readonly JsonSerializerOptions LineOptions = new(RecordJson.Options) { WriteIndented = false };

    /// <summary>The log's path.</summary>
    public string Path { get; } = path;

    /// <summary>What reading the log from some point on found.</summary>
    /// <param name="Lines">Lines read in all, counting from the log's start (an unfinished last line included).</param>
    /// <param name="Unfinished">True when the last line has no end: the next append must close it first.</param>
    public readonly record struct ScanResult(int Lines, bool Unfinished);

    /// <summary>
    /// Reads every line from byte <paramref name="from"/> (line <paramref name="linesBefore"/> + 1) to
    /// the end, giving each readable line's head and place to <paramref name="found"/>, and a sentence
    /// for each that is not a stored version to <paramref name="problems"/>.
    /// </summary>
    public ScanResult Scan(FileStream file, long from, int linesBefore, Action<string, LogEntry> found, List<string> problems)
    {
        file.Position = from;
        var lineNumber = linesBefore;
        var line = new MemoryStream();
        long lineStart = from, position = from;
        var buffer = new byte[1 << 16];
        int read;
        while ((read = file.Read(buffer)) > 0)
        {
            var start = 0;
            for (var i = 0; i < read; i++)
            {
                if (buffer[i] != (byte)'\n')
                {
                    continue;
                }

                line.Write(buffer, start, i - start);
                lineNumber++;
                if (line.Length > 0)
                {
                    if (TryReadHead(line.GetBuffer().AsSpan(0, (int)line.Length), out var id, out var version, out var firstSeen))
                    {
                        found(id, new LogEntry(new VersionInfo(version, firstSeen), lineStart, (int)line.Length));
                    }
                    else
                    {
                        problems.Add($"Line {lineNumber} of {Path} is not a stored version; it is skipped and kept as it is.");
                    }
                }

                line.SetLength(0);
                start = i + 1;
                lineStart = position + i + 1;
            }

            line.Write(buffer, start, read - start);
            position += read;
        }

        if (line.Length > 0)
        {
            problems.Add($"Line {lineNumber + 1} of {Path} is incomplete (the site stopped while writing it); it is skipped and kept as it is.");
            return new ScanResult(lineNumber + 1, Unfinished: true);
        }

        return new ScanResult(lineNumber, Unfinished: false);
    }

    /// <summary>The bytes of one line (without its newline) holding <paramref name="document"/>'s text.</summary>
    public static byte[] Line(ArchiveDocument document, string version, DateTimeOffset firstSeen) =>
        JsonSerializer.SerializeToUtf8Bytes(new StoreLine(document.Id, version, firstSeen, document), LineOptions);

    /// <summary>The text one entry points to, read from disk.</summary>
    public StoredVersion Read(LogEntry entry)
    {
        var bytes = new byte[entry.Length];
        using (var file = new FileStream(Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            file.Position = entry.Offset;
            file.ReadExactly(bytes);
        }

        var line = JsonSerializer.Deserialize<StoreLine>(bytes, LineOptions)!;
        return new StoredVersion(entry.Info, line.Record);
    }

    /// <summary>
    /// Reads the id, version and first sighting that open each line, without the record after them:
    /// starting the site does not parse every stored text. A line whose record is cut short is caught
    /// here too, by checking that it ends as a JSON object does.
    /// </summary>
    private static bool TryReadHead(ReadOnlySpan<byte> line, out string id, out string version, out DateTimeOffset firstSeen)
    {
        id = version = "";
        firstSeen = default;
        if (line.Length < 2 || line[0] != (byte)'{' || line.TrimEnd((byte)'\r')[^1] != (byte)'}')
        {
            return false;
        }

        try
        {
            var reader = new Utf8JsonReader(line);
            reader.Read();
            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                var name = reader.GetString();
                reader.Read();
                switch (name)
                {
                    case "id":
                        id = reader.GetString() ?? "";
                        break;
                    case "version":
                        version = reader.GetString() ?? "";
                        break;
                    case "firstSeen":
                        firstSeen = reader.GetDateTimeOffset();
                        break;
                    default:
                        return id.Length > 0 && RecordVersion.IsWellFormed(version) && firstSeen != default;
                }
            }
        }
        catch (JsonException)
        {
            return false;
        }
        catch (FormatException)
        {
            return false;
        }

        return false;
    }

    /// <summary>One line of the log. The order matters: the head fields come before the record.</summary>
    private sealed record StoreLine(string Id, string Version, DateTimeOffset FirstSeen, ArchiveDocument Record);
}
