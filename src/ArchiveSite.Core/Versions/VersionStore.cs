using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Versions;

/// <summary>
/// Every text each record has had, so that a versioned permalink cited years ago still resolves to
/// the words cited, and when each record left the corpus, so that harvesters learn of it. The texts
/// live in an append-only log (<see cref="VersionLog"/>, <c>versions.jsonl</c>) in a folder of the
/// site's own; the store keeps where each text lies (<see cref="LogState"/>) and reads a text from
/// disk when asked for it. Where they lie is saved beside the log (<see cref="VersionIndexFile"/>,
/// <c>versions.index</c>), so a start reads only what was appended since.
/// </summary>
/// <remarks>
/// The store checks itself, since the log is the only copy of the texts researchers cited: each
/// line carries a checksum (<see cref="LogLine"/>), checked for every line a start reads, for every
/// text read from disk, and for the whole log by <see cref="CheckWhole"/>, which the site runs in the
/// background once it serves. A damaged line is reported (<see cref="Damaged"/>,
/// <see cref="DamageFound"/>), never served and never thrown at a request; a text served now that
/// the store holds only damaged is written again (<see cref="Restore"/>) after it, and the damaged
/// line is kept as it is. A write that meets a full disk or a read-only file system keeps nothing
/// half-written and says so (<see cref="VersionStoreUpdate.Problem"/>). Thread-safe: lookups may run
/// while a reload records new texts.
/// </remarks>
public sealed class VersionStore
{
    /// <summary>The log's file name inside the store's folder.</summary>
    public const string FileName = VersionLog.FileName;

    /// <summary>The saved offsets' file name inside the store's folder.</summary>
    public const string IndexFileName = VersionIndexFile.FileName;

    private readonly VersionLog _log;
    private readonly string _indexPath;
    private readonly LogState _state = new();
    private readonly List<string> _notes = [];
    private readonly Lock _lock = new();
    private long _indexCovered;
    private volatile bool _wholeChecked;

    private VersionStore(string folder, bool readOnly, Func<string, Stream>? openAppend)
    {
        _log = new VersionLog(Path.Combine(folder, FileName), openAppend);
        _indexPath = Path.Combine(folder, IndexFileName);
        ReadOnly = readOnly;
    }

    /// <summary>Raised for each damaged line found after the store was opened (by <see cref="CheckWhole"/>, or by reading a text), outside the store's lock.</summary>
    public event Action<DamagedLine>? DamageFound;

    /// <summary>True for a store opened read-only (a replica serving an artifact): writing refuses.</summary>
    public bool ReadOnly { get; }

    /// <summary>The log's path, for messages.</summary>
    public string LogPath => _log.Path;

    /// <summary>Why the saved offsets were not used when the store was opened (missing, damaged, of another log); null when they were, or there is no log yet.</summary>
    public string? IndexNote { get; private set; }

    /// <summary>True once <see cref="CheckWhole"/> has read every line of the log: until then a damaged line that a start did not read is found only when its text is asked for.</summary>
    public bool WholeChecked => _wholeChecked;

    /// <summary>
    /// Every problem found, one sentence each naming the file, the line and the record: damaged
    /// lines (repaired or not), a half-written last line, a saved index that describes more than the
    /// log holds.
    /// </summary>
    public IReadOnlyList<string> Problems
    {
        get
        {
            lock (_lock)
            {
                return [.. _notes, .. _state.Damaged.Values.OrderBy(d => d.Line).Select(d => d.Describe(_log.Path))];
            }
        }
    }

    /// <summary>Every damaged line found so far, in line order, each saying whether a good copy of its text is kept.</summary>
    public IReadOnlyList<DamagedLine> Damaged
    {
        get
        {
            lock (_lock)
            {
                return _state.Damaged.Values.OrderBy(d => d.Line).ToArray();
            }
        }
    }

    /// <summary>
    /// The damaged lines whose text has no good copy: texts lost unless the log is restored from a
    /// backup. What a readiness check reports (the site still serves every current text; a
    /// versioned permalink of one of these answers 410 saying so).
    /// </summary>
    public IReadOnlyList<DamagedLine> Unrepaired => Damaged.Where(d => d.RepairedAt is null && !d.Unfinished).ToArray();

    /// <summary>How many texts the store holds, over all records (damaged ones included).</summary>
    public int VersionCount
    {
        get
        {
            lock (_lock)
            {
                return _state.Texts.Count;
            }
        }
    }

    /// <summary>The records withdrawn from the corpus and not served again since, with when they left.</summary>
    public IReadOnlyList<Withdrawal> Withdrawals
    {
        get
        {
            lock (_lock)
            {
                return _state.Presences.Values.Select(p => p.Withdrawn).OfType<Withdrawal>().ToArray();
            }
        }
    }

    /// <summary>Opens the store in <paramref name="folder"/>, creating it when missing.</summary>
    public static VersionStore Open(string folder) => Open(folder, openAppend: null);

    /// <summary>Opens the store with <paramref name="openAppend"/> opening its log to append: a test passes one that fails as a full disk does.</summary>
    internal static VersionStore Open(string folder, Func<string, Stream>? openAppend)
    {
        Directory.CreateDirectory(folder);
        var store = new VersionStore(folder, readOnly: false, openAppend);
        if (store.Load())
        {
            lock (store._lock)
            {
                store.SaveLocked(); // only the next start's speed depends on it
            }
        }

        return store;
    }

    /// <summary>Opens the store in <paramref name="folder"/> to read only: nothing is created, appended or saved.</summary>
    public static VersionStore OpenReadOnly(string folder)
    {
        var store = new VersionStore(folder, readOnly: true, openAppend: null);
        store.Load();
        return store;
    }

    /// <summary>
    /// Checks a store without serving it (the <c>verify</c> command): reads every line of the log
    /// and checks it (its checksum, or for a line of the first format its text against its
    /// version), and reports what it holds and every damaged line with its number and record.
    /// Writes nothing; safe while a site serves or appends to the store.
    /// </summary>
    /// <exception cref="FileNotFoundException">The folder holds no log.</exception>
    public static VersionStoreReport Verify(string folder, CancellationToken cancellation = default)
    {
        var store = OpenReadOnly(folder);
        if (!File.Exists(store.LogPath))
        {
            throw new FileNotFoundException($"There is no version store in {Path.GetFullPath(folder)}: it holds no {FileName}.", store.LogPath);
        }

        store.CheckWhole(cancellation);
        lock (store._lock)
        {
            var state = store._state;
            return new VersionStoreReport(
                store.LogPath, new FileInfo(store.LogPath).Length, state.Lines, state.Texts.Ids.Count(), state.Texts.Count,
                state.Presences.Values.Count(p => p.Withdrawn is not null), state.Damaged.Values.OrderBy(d => d.Line).ToArray(), state.Unfinished,
                store.IndexNote ?? $"{store._indexPath} matches the log (it covers its first {store._indexCovered:N0} bytes; a start reads the rest line by line)");
        }
    }

    /// <summary>Adds each document's text unless the store has it already (a text it holds only damaged is written again, with its first sighting); returns what changed.</summary>
    public VersionStoreUpdate Record(IEnumerable<ArchiveDocument> documents, DateTimeOffset now) =>
        Write(documents.Select(d => (d, (DateTimeOffset?)null)), now);

    /// <summary>
    /// Writes again each text given (a record served now, with when the site first served that
    /// text) that the store holds only on a damaged line, or lacks (a write that failed, say); texts
    /// it holds well are left alone. The text written is checked against its version, so it is word
    /// for word the one the damaged line held.
    /// </summary>
    public VersionStoreUpdate Restore(IEnumerable<(ArchiveDocument Document, DateTimeOffset FirstSeen)> texts) =>
        Write(texts.Select(t => (t.Document, (DateTimeOffset?)t.FirstSeen)), DateTimeOffset.UtcNow);

    /// <summary>
    /// Brings the withdrawals up to date with what is served: each record the store has texts of
    /// that <paramref name="served"/> says is not served, and not marked withdrawn yet, gets a
    /// withdrawal line at <paramref name="now"/> (with <paramref name="archivesOf"/> its archives,
    /// for harvesters' sets); each withdrawn one served again gets a return line.
    /// </summary>
    public VersionStoreUpdate Reconcile(Func<string, bool> served, Func<string, IReadOnlyList<string>> archivesOf, DateTimeOffset now)
    {
        RefuseIfReadOnly();
        string[] leaving, returning;
        lock (_lock)
        {
            leaving = _state.Texts.Ids.Where(id => !served(id) && !_state.IsWithdrawn(id)).ToArray();
            returning = _state.Presences.Where(p => p.Value.Withdrawn is not null && served(p.Key)).Select(p => p.Key).ToArray();
        }

        if (leaving.Length == 0 && returning.Length == 0)
        {
            return VersionStoreUpdate.None;
        }

        // Outside the lock: finding a record's archives may read its last text from the log.
        var archives = leaving.ToDictionary(id => id, archivesOf, StringComparer.Ordinal);
        int withdrawn = 0, returned = 0;
        lock (_lock)
        {
            using var append = new LogAppend(_log, _state);
            foreach (var id in leaving.Where(id => !_state.IsWithdrawn(id)))
            {
                append.Add(LogLine.Withdrawal(id, now, archives[id]), new LineRead(LineKind.Withdrawn, id, null, now, archives[id], null, true), $"the withdrawal of record {id}");
                withdrawn++;
            }

            foreach (var id in returning.Where(_state.IsWithdrawn))
            {
                append.Add(LogLine.Return(id, now), new LineRead(LineKind.Returned, id, null, now, [], null, true), $"the return of record {id}");
                returned++;
            }

            var (failed, problem) = FinishLocked(append);
            return failed ? VersionStoreUpdate.None with { Problem = problem } : new VersionStoreUpdate(0, 0, 0, Withdrawn: withdrawn, Returned: returned, Problem: problem);
        }
    }

    /// <summary>Every text a record has had, oldest first (damaged ones included); empty for an id the store has never seen.</summary>
    public IReadOnlyList<VersionInfo> History(string id)
    {
        lock (_lock)
        {
            return _state.Texts.History(id);
        }
    }

    /// <summary>When the store first saw text <paramref name="version"/> of record <paramref name="id"/>; null when it does not hold that text.</summary>
    public DateTimeOffset? FirstSeen(string id, string version)
    {
        lock (_lock)
        {
            return _state.Texts.Find(id, version)?.Info.FirstSeen;
        }
    }

    /// <summary>
    /// When the store's record of texts begins (its earliest text's first sighting): nothing can be
    /// said of the archive before it. Null for an empty store. Reads every entry: keep the answer
    /// (a snapshot does, <see cref="Pinning.PinTimeline"/>).
    /// </summary>
    public DateTimeOffset? Began()
    {
        lock (_lock)
        {
            return _state.Texts.Earliest();
        }
    }

    /// <summary>When withdrawn record <paramref name="id"/> was last served again; null when it never was.</summary>
    public DateTimeOffset? ReturnedAt(string id)
    {
        lock (_lock)
        {
            return _state.Presences.TryGetValue(id, out var presence) ? presence.Returned : null;
        }
    }

    /// <summary>True when the store holds text <paramref name="version"/> of record <paramref name="id"/> on a line not known to be damaged.</summary>
    public bool Holds(string id, string version)
    {
        lock (_lock)
        {
            return _state.Texts.Find(id, version) is { } entry && !_state.IsDamaged(entry);
        }
    }

    /// <summary>
    /// A record as it was at <paramref name="version"/>, or null when the store does not hold that
    /// text or holds it only damaged (<see cref="Damage"/> then says why). The line is checked as it
    /// is read (checksum, id, version); a damaged one is reported, never thrown.
    /// </summary>
    public StoredVersion? Find(string id, string version)
    {
        LogEntry entry;
        lock (_lock)
        {
            if (_state.Texts.Find(id, version) is not { } held || _state.IsDamaged(held))
            {
                return null;
            }

            entry = held;
        }

        string? damage;
        try
        {
            if (LogLine.ReadText(_log.ReadLine(entry), id, version, out damage) is { } document)
            {
                return new StoredVersion(entry.Info, document);
            }
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            damage = $"it cannot be read ({ex.Message})";
        }

        DamagedLine? found;
        lock (_lock)
        {
            found = _state.Apply(entry.Line, entry.Offset, entry.Length, LineRead.Damaged(damage!, id, version, entry.Info.FirstSeen), (id, entry));
        }

        if (found is not null)
        {
            DamageFound?.Invoke(found);
        }

        return null;
    }

    /// <summary>Why text <paramref name="version"/> of record <paramref name="id"/> cannot be read: its damaged line; null when it is held well or not at all.</summary>
    public DamagedLine? Damage(string id, string version)
    {
        lock (_lock)
        {
            return _state.Texts.Find(id, version) is { } entry && _state.Damaged.TryGetValue(entry.Offset, out var damaged) ? damaged : null;
        }
    }

    /// <summary>
    /// Reads every line of the log (as it was when the check began) and checks it whole: its
    /// checksum, or for a line of the first format its record against its version. Each damaged
    /// line not known before is added to <see cref="Damaged"/> (and raised as
    /// <see cref="DamageFound"/>) and returned. On one core, 0.4 s for 100,000 lines with checksums
    /// (225 MB), 1.4 s for as many of the first format, whose records are parsed: the site runs it in
    /// the background once it serves.
    /// </summary>
    public IReadOnlyList<DamagedLine> CheckWhole(CancellationToken cancellation = default)
    {
        long end;
        Dictionary<long, (string Id, LogEntry Entry)> indexed;
        lock (_lock)
        {
            end = _state.Complete;
            indexed = _state.Texts.ByOffset();
        }

        var found = new List<DamagedLine>();
        if (File.Exists(_log.Path))
        {
            using var file = _log.OpenRead();
            VersionLog.Scan(file, 0, 0, end, (number, offset, bytes, _) =>
            {
                var read = ReadWhole(bytes);
                (string, LogEntry)? known = indexed.TryGetValue(offset, out var entry) ? entry : null;
                lock (_lock)
                {
                    if (_state.Apply(number, offset, bytes.Length, read, known) is { } damaged)
                    {
                        found.Add(damaged);
                    }
                }
            }, cancellation);
        }

        if (found.Count > 0)
        {
            lock (_lock)
            {
                SaveLocked(); // the next start knows of them at once
            }
        }

        _wholeChecked = true;
        foreach (var damaged in found)
        {
            DamageFound?.Invoke(damaged);
        }

        return found;
    }

    /// <summary>A line read for the whole check: a line of the first format has no checksum, so its record is checked against its version, itself a hash of the text.</summary>
    private static LineRead ReadWhole(ReadOnlySpan<byte> bytes)
    {
        var read = LogLine.Read(bytes);
        return read is { Kind: LineKind.Text, HasChecksum: false } && LogLine.ReadText(bytes, read.Id!, read.Version!, out var damage) is null
            ? LineRead.Damaged(damage!, read.Id, read.Version, read.At)
            : read;
    }

    /// <summary>
    /// Fills the state: from the saved index when it matches the log, then line by line over
    /// whatever was appended after it (all of the log when there is no usable saved index), each
    /// line checked as it is read. True when lines were read, so the saved index is worth writing again.
    /// </summary>
    private bool Load()
    {
        if (!File.Exists(_log.Path))
        {
            return false;
        }

        using var file = _log.OpenRead();
        var loaded = VersionIndexFile.Load(_indexPath, file, _state);
        (IndexNote, _indexCovered) = (loaded.Note, loaded.Covered);
        if (loaded.LogCutShort)
        {
            _notes.Add(loaded.Note!);
        }

        if (loaded.Covered == file.Length)
        {
            return false;
        }

        ScanLocked(file, loaded.Covered, loaded.Lines);
        return true;
    }

    /// <summary>Reads the lines from byte <paramref name="from"/> (line <paramref name="linesBefore"/> + 1) to the end into the state.</summary>
    private void ScanLocked(FileStream file, long from, int linesBefore)
    {
        var scan = VersionLog.Scan(file, from, linesBefore, long.MaxValue, (number, offset, bytes, ended) =>
        {
            var read = LogLine.Read(bytes);
            _state.Apply(number, offset, bytes.Length,
                ended ? read : LineRead.Damaged("it is incomplete: the site stopped while writing it", read.Id, read.Version, read.At),
                unfinished: !ended);
        });
        (_state.Lines, _state.Complete, _state.Unfinished) = (scan.Lines, scan.Complete, scan.Unfinished);
    }

    /// <summary>The one writer of texts: decides per text whether it is held, writes those that are not, all or none.</summary>
    private VersionStoreUpdate Write(IEnumerable<(ArchiveDocument Document, DateTimeOffset? FirstSeen)> texts, DateTimeOffset now)
    {
        RefuseIfReadOnly();
        int newRecords = 0, newVersions = 0, unchanged = 0, repaired = 0;
        lock (_lock)
        {
            using var append = new LogAppend(_log, _state);
            var writing = new HashSet<(string, string)>();
            var newIds = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (document, firstSeen) in texts)
            {
                if (append.Problem is not null)
                {
                    continue; // every text is still taken: an index build hands them over from a thread that must not be left waiting
                }

                var version = RecordVersion.Of(document);
                var held = _state.Texts.Find(document.Id, version);
                if ((held is { } good && !_state.IsDamaged(good)) || !writing.Add((document.Id, version)))
                {
                    unchanged++;
                    continue;
                }

                var seen = firstSeen ?? held?.Info.FirstSeen ?? now;
                append.Add(LogLine.Text(document, version, seen), new LineRead(LineKind.Text, document.Id, version, seen, [], null, true),
                    $"the text of record {document.Id}, version {version}");
                if (held is not null)
                {
                    repaired++;
                }
                else if (_state.Texts.IsNew(document.Id) && newIds.Add(document.Id))
                {
                    newRecords++;
                }
                else
                {
                    newVersions++;
                }
            }

            var (failed, problem) = FinishLocked(append);
            return failed
                ? new VersionStoreUpdate(0, 0, unchanged, Problem: problem)
                : new VersionStoreUpdate(newRecords, newVersions, unchanged, repaired, Problem: problem);
        }
    }

    /// <summary>Commits an append and saves the index; whether the append failed (nothing kept), and the problem if any (an index that could not be saved keeps every text).</summary>
    private (bool Failed, string? Problem) FinishLocked(LogAppend append)
    {
        if (append.Commit() is { } failure)
        {
            if (append.TailUnknown)
            {
                // The file could not be cut back: read what is really at its end.
                try
                {
                    using var file = _log.OpenRead();
                    ScanLocked(file, _state.Complete, _state.Unfinished ? _state.Lines - 1 : _state.Lines);
                }
                catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
                {
                    failure += $" It could not be read back either ({ex.Message}): restart the site once the disk is sound.";
                }
            }

            return (true, failure);
        }

        return (false, append.Count > 0 ? SaveLocked() : null);
    }

    /// <summary>Saves the index; returns why not when it could not be (the texts are kept in the log either way).</summary>
    private string? SaveLocked()
    {
        if (ReadOnly || _state.Unfinished)
        {
            return null; // a half-written last line: the next append closes it, and saves then
        }

        try
        {
            VersionIndexFile.Save(_indexPath, _log.Path, _state);
            return null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return $"The saved offsets {_indexPath} could not be written ({ex.Message}); every text is kept in {_log.Path}, and the next start reads the lines the saved offsets miss.";
        }
    }

    private void RefuseIfReadOnly()
    {
        if (ReadOnly)
        {
            throw new InvalidOperationException($"The version store {_log.Path} is open read-only.");
        }
    }
}
