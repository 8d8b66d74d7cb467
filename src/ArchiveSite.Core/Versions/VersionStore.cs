using System.Text;
using System.Text.Json;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search;

namespace ArchiveSite.Core.Versions;

/// <summary>One text of a record the store holds: its version and when the site first served it.</summary>
/// <param name="Version">The content hash (<see cref="RecordVersion"/>).</param>
/// <param name="FirstSeen">When the site first loaded this text.</param>
public sealed record VersionInfo(string Version, DateTimeOffset FirstSeen);

/// <summary>A stored text of a record, whole.</summary>
/// <param name="Info">Its version and first sighting.</param>
/// <param name="Document">The record as it was.</param>
public sealed record StoredVersion(VersionInfo Info, ArchiveDocument Document);

/// <summary>What recording a corpus changed in the store.</summary>
/// <param name="NewRecords">Records the store had never seen.</param>
/// <param name="NewVersions">Known records whose text changed: a version was added.</param>
/// <param name="Unchanged">Records whose text the store already held.</param>
public sealed record VersionStoreUpdate(int NewRecords, int NewVersions, int Unchanged);

/// <summary>
/// Every text each record has had, so that a versioned permalink cited years ago still resolves to
/// the words cited. One append-only file of JSON lines (<c>versions.jsonl</c>) in a folder of the
/// site's own: a line is never rewritten or removed, so a crash can at worst leave a last line
/// half-written, which the next start reports and steps over. The store keeps an index of
/// (id, version) → where the line lies; a stored text is read from disk when asked for. That index
/// is saved beside the file (<c>versions.index</c>, rewritten whole after each change), so a start
/// reads only what was appended since, not hundreds of megabytes of texts; the lines stay the truth,
/// and a missing or stale index file is rebuilt from them. Thread-safe: lookups may run while a
/// reload records new texts.
/// </summary>
public sealed class VersionStore
{
    /// <summary>The store's file name inside its folder.</summary>
    public const string FileName = "versions.jsonl";

    /// <summary>The saved index's file name inside the store's folder.</summary>
    public const string IndexFileName = "versions.index";

    /// <summary>Bytes before the covered length whose hash the saved index keeps, to notice a replaced file.</summary>
    private const int TailCheckBytes = 4096;

    private static readonly JsonSerializerOptions LineOptions = new(RecordJson.Options) { WriteIndented = false };

    private readonly string _path;
    private readonly Dictionary<string, List<(VersionInfo Info, long Offset, int Length)>> _byId = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];
    private readonly object _appendLock = new();
    private bool _needsNewline;
    private int _lines;

    private VersionStore(string path, bool readOnly)
    {
        _path = path;
        ReadOnly = readOnly;
    }

    /// <summary>True for a store opened read-only (a replica serving an artifact): <see cref="Record"/> refuses.</summary>
    public bool ReadOnly { get; }

    /// <summary>The lines that could not be read at start (a half-written last line after a crash, say), each with its line number.</summary>
    public IReadOnlyList<string> Problems => _problems;

    /// <summary>How many texts the store holds, over all records.</summary>
    public int VersionCount
    {
        get
        {
            lock (_appendLock)
            {
                return _byId.Values.Sum(v => v.Count);
            }
        }
    }

    /// <summary>Opens the store in <paramref name="folder"/>, creating it when missing.</summary>
    public static VersionStore Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var store = new VersionStore(Path.Combine(folder, FileName), readOnly: false);
        if (store.Load())
        {
            store.SaveIndex();
        }

        return store;
    }

    /// <summary>Opens the store in <paramref name="folder"/> to read only: nothing is created, appended or saved.</summary>
    public static VersionStore OpenReadOnly(string folder)
    {
        var store = new VersionStore(Path.Combine(folder, FileName), readOnly: true);
        store.Load();
        return store;
    }

    /// <summary>Adds each document's text unless the store has it already; returns what changed.</summary>
    public VersionStoreUpdate Record(IEnumerable<ArchiveDocument> documents, DateTimeOffset now)
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException($"The version store {_path} is open read-only.");
        }

        int newRecords = 0, newVersions = 0, unchanged = 0;
        lock (_appendLock)
        {
            using var file = new FileStream(_path, FileMode.Append, FileAccess.Write, FileShare.Read);
            if (_needsNewline)
            {
                file.WriteByte((byte)'\n'); // the half-written line stays, closed, and is stepped over when read
                _needsNewline = false;
            }

            foreach (var document in documents)
            {
                var version = RecordVersion.Of(document);
                var history = _byId.GetValueOrDefault(document.Id);
                if (history?.Exists(h => h.Info.Version == version) == true)
                {
                    unchanged++;
                    continue;
                }

                var info = new VersionInfo(version, now);
                var line = JsonSerializer.SerializeToUtf8Bytes(new StoreLine(document.Id, version, now, document), LineOptions);
                var offset = file.Position;
                file.Write(line);
                file.WriteByte((byte)'\n');
                _lines++;
                if (history is null)
                {
                    _byId[document.Id] = [(info, offset, line.Length)];
                    newRecords++;
                }
                else
                {
                    history.Add((info, offset, line.Length));
                    newVersions++;
                }
            }

            file.Flush(flushToDisk: true);
            if (newRecords + newVersions > 0)
            {
                SaveIndexLocked(file.Length);
            }
        }

        return new VersionStoreUpdate(newRecords, newVersions, unchanged);
    }

    /// <summary>Every text a record has had, oldest first; empty for an id the store has never seen.</summary>
    public IReadOnlyList<VersionInfo> History(string id)
    {
        lock (_appendLock)
        {
            return _byId.TryGetValue(id, out var history) ? history.Select(h => h.Info).ToArray() : [];
        }
    }

    /// <summary>When the store first saw text <paramref name="version"/> of record <paramref name="id"/>; null when it does not hold that text.</summary>
    public DateTimeOffset? FirstSeen(string id, string version)
    {
        lock (_appendLock)
        {
            if (_byId.TryGetValue(id, out var history))
            {
                foreach (var (info, _, _) in history)
                {
                    if (info.Version == version)
                    {
                        return info.FirstSeen;
                    }
                }
            }

            return null;
        }
    }

    /// <summary>A record as it was at <paramref name="version"/>, or null when the store does not hold that text.</summary>
    public StoredVersion? Find(string id, string version)
    {
        (VersionInfo Info, long Offset, int Length) entry;
        lock (_appendLock)
        {
            var at = _byId.TryGetValue(id, out var history) ? history.FindIndex(h => h.Info.Version == version) : -1;
            if (at < 0)
            {
                return null;
            }

            entry = history![at];
        }

        var bytes = new byte[entry.Length];
        using (var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        {
            file.Position = entry.Offset;
            file.ReadExactly(bytes);
        }

        var line = JsonSerializer.Deserialize<StoreLine>(bytes, LineOptions)!;
        return new StoredVersion(entry.Info, line.Record);
    }

    /// <summary>
    /// Fills the index: from the saved index file when it matches the store, then line by line over
    /// whatever was appended after it (all of the file when there is no usable saved index).
    /// Unreadable lines become <see cref="Problems"/>. True when lines were read, so the saved
    /// index is worth writing again.
    /// </summary>
    private bool Load()
    {
        if (!File.Exists(_path))
        {
            return false;
        }

        using var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16);
        var (covered, lineNumber) = LoadIndex(file);
        _lines = lineNumber;
        if (covered == file.Length)
        {
            return false;
        }

        file.Position = covered;
        var line = new MemoryStream();
        long lineStart = covered, position = covered;
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
                Index(line, lineStart, lineNumber);
                line.SetLength(0);
                start = i + 1;
                lineStart = position + i + 1;
            }

            line.Write(buffer, start, read - start);
            position += read;
        }

        if (line.Length > 0)
        {
            _problems.Add($"Line {lineNumber + 1} of {_path} is incomplete (the site stopped while writing it); it is skipped and kept as it is.");
            _needsNewline = true;
        }

        _lines = lineNumber + (line.Length > 0 ? 1 : 0);
        return true;
    }

    /// <summary>
    /// Reads the saved index when it describes a prefix of this very file (its length is within the
    /// file and the hash of the bytes before it matches); returns the bytes and lines it covers, or
    /// (0, 0) to read the whole file.
    /// </summary>
    private (long Covered, int Lines) LoadIndex(FileStream file)
    {
        var indexPath = Path.Combine(Path.GetDirectoryName(_path)!, IndexFileName);
        if (!File.Exists(indexPath))
        {
            return (0, 0);
        }

        try
        {
            using var reader = new StreamReader(indexPath, Encoding.UTF8);
            var header = reader.ReadLine()?.Split('\t');
            if (header is not ["archivesite-versions-index-1", var coveredText, var linesText, var tailHash]
                || !long.TryParse(coveredText, System.Globalization.CultureInfo.InvariantCulture, out var covered)
                || !int.TryParse(linesText, System.Globalization.CultureInfo.InvariantCulture, out var lines)
                || covered > file.Length || TailHash(file, covered) != tailHash)
            {
                return (0, 0);
            }

            var entries = new Dictionary<string, List<(VersionInfo Info, long Offset, int Length)>>(StringComparer.Ordinal);
            var problems = new List<string>();
            while (reader.ReadLine() is { } text)
            {
                if (text.StartsWith('!'))
                {
                    problems.Add(text[1..]);
                    continue;
                }

                var parts = text.Split('\t');
                var info = new VersionInfo(parts[1], DateTimeOffset.Parse(parts[2], System.Globalization.CultureInfo.InvariantCulture));
                var entry = (info, long.Parse(parts[3], System.Globalization.CultureInfo.InvariantCulture), int.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture));
                if (!entries.TryGetValue(parts[0], out var history))
                {
                    entries[parts[0]] = history = [];
                }

                history.Add(entry);
            }

            foreach (var (id, history) in entries)
            {
                _byId[id] = history;
            }

            _problems.AddRange(problems);
            return (covered, lines);
        }
        catch (Exception ex) when (ex is IOException or FormatException or IndexOutOfRangeException or OverflowException)
        {
            _byId.Clear();
            return (0, 0);
        }
    }

    private void SaveIndex()
    {
        lock (_appendLock)
        {
            SaveIndexLocked(new FileInfo(_path).Length);
        }
    }

    /// <summary>Writes the saved index for the first <paramref name="covered"/> bytes (the whole file, every line ended), atomically.</summary>
    private void SaveIndexLocked(long covered)
    {
        if (_needsNewline)
        {
            return; // a half-written last line: the next Record closes it, and saves then
        }

        var indexPath = Path.Combine(Path.GetDirectoryName(_path)!, IndexFileName);
        var temporary = indexPath + ".tmp";
        using (var file = new FileStream(_path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite))
        using (var writer = new StreamWriter(temporary, append: false, new UTF8Encoding(false)))
        {
            writer.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                $"archivesite-versions-index-1\t{covered}\t{_lines}\t{TailHash(file, covered)}\n"));
            foreach (var problem in _problems)
            {
                writer.Write('!');
                writer.Write(problem.ReplaceLineEndings(" "));
                writer.Write('\n');
            }

            foreach (var (id, history) in _byId)
            {
                foreach (var (info, offset, length) in history)
                {
                    writer.Write(string.Create(System.Globalization.CultureInfo.InvariantCulture,
                        $"{id}\t{info.Version}\t{info.FirstSeen:O}\t{offset}\t{length}\n"));
                }
            }
        }

        File.Move(temporary, indexPath, overwrite: true);
    }

    /// <summary>SHA-256 of the up to 4 KB before <paramref name="covered"/>: a replaced or rewritten file does not match.</summary>
    private static string TailHash(FileStream file, long covered)
    {
        var start = Math.Max(0, covered - TailCheckBytes);
        var bytes = new byte[covered - start];
        file.Position = start;
        file.ReadExactly(bytes);
        return Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes));
    }

    private void Index(MemoryStream line, long offset, int lineNumber)
    {
        if (line.Length == 0)
        {
            return;
        }

        if (!TryReadHeader(line.GetBuffer().AsSpan(0, (int)line.Length), out var id, out var version, out var firstSeen))
        {
            _problems.Add($"Line {lineNumber} of {_path} is not a stored version; it is skipped and kept as it is.");
            return;
        }

        var entry = (new VersionInfo(version, firstSeen), offset, (int)line.Length);
        if (_byId.TryGetValue(id, out var history))
        {
            if (!history.Exists(h => h.Info.Version == version))
            {
                history.Add(entry);
            }
        }
        else
        {
            _byId[id] = [entry];
        }
    }

    /// <summary>
    /// Reads the id, version and first sighting that open each line, without the record after them:
    /// starting the site does not parse every stored text. A line whose record is cut short is caught
    /// here too, by checking that it ends as a JSON object does.
    /// </summary>
    private static bool TryReadHeader(ReadOnlySpan<byte> line, out string id, out string version, out DateTimeOffset firstSeen)
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

    /// <summary>One line of the file. The order matters: the header fields come before the record.</summary>
    private sealed record StoreLine(string Id, string Version, DateTimeOffset FirstSeen, ArchiveDocument Record);
}
