namespace ArchiveSite.Core.Versions;

/// <summary>
/// Which texts the store holds and where each lies in the log: record id → its versions, oldest
/// first. Not thread-safe: <see cref="VersionStore"/> holds its lock around every use.
/// </summary>
/// <remarks>
/// A record's versions are an array, not a list: nearly every record has one text, and a list's
/// own object and spare room cost more than its entry (kept for every record while the site runs,
/// and grown by a copy on the rare correction).
/// </remarks>
internal sealed class VersionOffsets
{
    private readonly Dictionary<string, LogEntry[]> _byId = new(StringComparer.Ordinal);

    /// <summary>How many texts, over all records.</summary>
    public int Count => _byId.Values.Sum(v => v.Length);

    /// <summary>Every record's entries, for saving.</summary>
    public IEnumerable<(string Id, LogEntry Entry)> All => _byId.SelectMany(kv => kv.Value.Select(e => (kv.Key, e)));

    /// <summary>Adds a text unless the record already has that version (a line repeated in the log is read once). True when added.</summary>
    public bool Add(string id, LogEntry entry)
    {
        if (!_byId.TryGetValue(id, out var history))
        {
            _byId[id] = [entry];
            return true;
        }

        if (Array.Exists(history, h => h.Info.Version == entry.Info.Version))
        {
            return false;
        }

        _byId[id] = [.. history, entry];
        return true;
    }

    /// <summary>Puts <paramref name="entry"/> in place of the record's entry of the same version (a good copy of a damaged line), keeping its place in the history.</summary>
    public void Replace(string id, LogEntry entry)
    {
        var history = _byId[id];
        history[Array.FindIndex(history, h => h.Info.Version == entry.Info.Version)] = entry;
    }

    /// <summary>Every record id with a text.</summary>
    public IEnumerable<string> Ids => _byId.Keys;

    /// <summary>Which record's entry points at each offset: for a check of the whole log, to name a line whose own head is damaged.</summary>
    public Dictionary<long, (string Id, LogEntry Entry)> ByOffset()
    {
        var byOffset = new Dictionary<long, (string, LogEntry)>();
        foreach (var (id, entry) in All)
        {
            byOffset[entry.Offset] = (id, entry);
        }

        return byOffset;
    }

    /// <summary>True when the record has never been seen.</summary>
    public bool IsNew(string id) => !_byId.ContainsKey(id);

    /// <summary>The entry of one text, or null.</summary>
    public LogEntry? Find(string id, string version) =>
        _byId.TryGetValue(id, out var history) && Array.FindIndex(history, h => h.Info.Version == version) is >= 0 and var at ? history[at] : null;

    /// <summary>When the earliest text was first seen; null when there is none. Reads every entry: for a caller that keeps the answer.</summary>
    public DateTimeOffset? Earliest() =>
        _byId.Count == 0 ? null : _byId.Values.Min(history => history.Min(h => h.Info.FirstSeen));

    /// <summary>Every text a record has had, oldest first; empty for an id never seen.</summary>
    public IReadOnlyList<VersionInfo> History(string id) =>
        _byId.TryGetValue(id, out var history) ? history.Select(h => h.Info).ToArray() : [];

    public void Clear() => _byId.Clear();
}
