using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Versions;

/// <summary>
/// Every text each record has had, so that a versioned permalink cited years ago still resolves to
/// the words cited. The texts live in an append-only log (<see cref="VersionLog"/>,
/// <c>versions.jsonl</c>) in a folder of the site's own; the store keeps where each text lies
/// (<see cref="VersionOffsets"/>) and reads a text from disk when asked for it. Where they lie is
/// saved beside the log (<see cref="VersionIndexFile"/>, <c>versions.index</c>), so a start reads
/// only what was appended since. Thread-safe: lookups may run while a reload records new texts.
/// </summary>
public sealed class VersionStore
{
    /// <summary>The log's file name inside the store's folder.</summary>
    public const string FileName = VersionLog.FileName;

    /// <summary>The saved offsets' file name inside the store's folder.</summary>
    public const string IndexFileName = VersionIndexFile.FileName;

    private readonly VersionLog _log;
    private readonly string _indexPath;
    private readonly VersionOffsets _offsets = new();
    private readonly List<string> _problems = [];
    private readonly Lock _lock = new();
    private bool _unfinishedLine;
    private int _lines;

    private VersionStore(string folder, bool readOnly)
    {
        _log = new VersionLog(Path.Combine(folder, FileName));
        _indexPath = Path.Combine(folder, IndexFileName);
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
            lock (_lock)
            {
                return _offsets.Count;
            }
        }
    }

    /// <summary>Opens the store in <paramref name="folder"/>, creating it when missing.</summary>
    public static VersionStore Open(string folder)
    {
        Directory.CreateDirectory(folder);
        var store = new VersionStore(folder, readOnly: false);
        if (store.Load())
        {
            store.SaveOffsets();
        }

        return store;
    }

    /// <summary>Opens the store in <paramref name="folder"/> to read only: nothing is created, appended or saved.</summary>
    public static VersionStore OpenReadOnly(string folder)
    {
        var store = new VersionStore(folder, readOnly: true);
        store.Load();
        return store;
    }

    /// <summary>Adds each document's text unless the store has it already; returns what changed.</summary>
    public VersionStoreUpdate Record(IEnumerable<ArchiveDocument> documents, DateTimeOffset now)
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException($"The version store {_log.Path} is open read-only.");
        }

        int newRecords = 0, newVersions = 0, unchanged = 0;
        lock (_lock)
        {
            using var file = new FileStream(_log.Path, FileMode.Append, FileAccess.Write, FileShare.Read);
            if (_unfinishedLine)
            {
                file.WriteByte((byte)'\n'); // the half-written line stays, closed, and is stepped over when read
                _unfinishedLine = false;
            }

            foreach (var document in documents)
            {
                var version = RecordVersion.Of(document);
                if (_offsets.Find(document.Id, version) is not null)
                {
                    unchanged++;
                    continue;
                }

                var isNew = _offsets.IsNew(document.Id);
                var line = VersionLog.Line(document, version, now);
                var offset = file.Position;
                file.Write(line);
                file.WriteByte((byte)'\n');
                _lines++;
                _offsets.Add(document.Id, new LogEntry(new VersionInfo(version, now), offset, line.Length));
                if (isNew)
                {
                    newRecords++;
                }
                else
                {
                    newVersions++;
                }
            }

            file.Flush(flushToDisk: true);
            if (newRecords + newVersions > 0)
            {
                SaveOffsetsLocked(file.Length);
            }
        }

        return new VersionStoreUpdate(newRecords, newVersions, unchanged);
    }

    /// <summary>Every text a record has had, oldest first; empty for an id the store has never seen.</summary>
    public IReadOnlyList<VersionInfo> History(string id)
    {
        lock (_lock)
        {
            return _offsets.History(id);
        }
    }

    /// <summary>When the store first saw text <paramref name="version"/> of record <paramref name="id"/>; null when it does not hold that text.</summary>
    public DateTimeOffset? FirstSeen(string id, string version)
    {
        lock (_lock)
        {
            return _offsets.Find(id, version)?.Info.FirstSeen;
        }
    }

    /// <summary>A record as it was at <paramref name="version"/>, or null when the store does not hold that text.</summary>
    public StoredVersion? Find(string id, string version)
    {
        LogEntry? entry;
        lock (_lock)
        {
            entry = _offsets.Find(id, version);
        }

        return entry is { } found ? _log.Read(found) : null;
    }

    /// <summary>
    /// Fills the offsets: from the saved file when it matches the log, then line by line over
    /// whatever was appended after it (all of the log when there is no usable saved file).
    /// Unreadable lines become <see cref="Problems"/>. True when lines were read, so the saved
    /// offsets are worth writing again.
    /// </summary>
    private bool Load()
    {
        if (!File.Exists(_log.Path))
        {
            return false;
        }

        using var file = new FileStream(_log.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, bufferSize: 1 << 16);
        var (covered, lines) = VersionIndexFile.Load(_indexPath, file, _offsets, _problems);
        _lines = lines;
        if (covered == file.Length)
        {
            return false;
        }

        var scan = _log.Scan(file, covered, lines, (id, entry) => _offsets.Add(id, entry), _problems);
        _lines = scan.Lines;
        _unfinishedLine = scan.Unfinished;
        return true;
    }

    private void SaveOffsets()
    {
        lock (_lock)
        {
            SaveOffsetsLocked(new FileInfo(_log.Path).Length);
        }
    }

    /// <summary>Saves the offsets for the first <paramref name="covered"/> bytes (the whole log, every line ended).</summary>
    private void SaveOffsetsLocked(long covered)
    {
        if (_unfinishedLine)
        {
            return; // a half-written last line: the next Record closes it, and saves then
        }

        VersionIndexFile.Save(_indexPath, _log.Path, covered, _lines, _problems, _offsets);
    }
}
