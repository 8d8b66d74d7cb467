namespace ArchiveSite.Core.Versions;

/// <summary>Whether a record that had status lines is withdrawn now, and since which line.</summary>
/// <param name="Line">The line of the latest withdrawal, return or text of the record.</param>
/// <param name="Withdrawn">The withdrawal in force; null when the record was served again after it.</param>
/// <param name="Returned">When it was last served again after a withdrawal, if ever.</param>
internal readonly record struct Presence(int Line, Withdrawal? Withdrawn, DateTimeOffset? Returned);

/// <summary>
/// What the log holds, as reading it line by line builds it: each record's texts and where they lie
/// (<see cref="Texts"/>), the damaged lines, and which records are withdrawn. Reading a line is
/// <see cref="Apply"/>, whether a start reads it, a write has just appended it, or a check of the
/// whole log reads it again: applying a line twice changes nothing. Not thread-safe:
/// <see cref="VersionStore"/> holds its lock around every use.
/// </summary>
internal sealed class LogState
{
    /// <summary>Every text and where it lies.</summary>
    public VersionOffsets Texts { get; } = new();

    /// <summary>Damaged lines by their offset: an entry pointing at one is a text that cannot be read.</summary>
    public Dictionary<long, DamagedLine> Damaged { get; } = [];

    /// <summary>The records with withdrawal or return lines (a few), by id.</summary>
    public Dictionary<string, Presence> Presences { get; } = new(StringComparer.Ordinal);

    /// <summary>Lines in the log, an incomplete last one included.</summary>
    public int Lines { get; set; }

    /// <summary>Bytes of the log's whole lines: where an incomplete last line begins, or the end.</summary>
    public long Complete { get; set; }

    /// <summary>True when the last line has no end: the next append closes it first.</summary>
    public bool Unfinished { get; set; }

    /// <summary>True when the entry's line is damaged.</summary>
    public bool IsDamaged(LogEntry entry) => Damaged.ContainsKey(entry.Offset);

    /// <summary>True when the record's latest status is a withdrawal.</summary>
    public bool IsWithdrawn(string id) => Presences.TryGetValue(id, out var presence) && presence.Withdrawn is not null;

    /// <summary>
    /// Takes in line <paramref name="line"/> (at <paramref name="offset"/>, <paramref name="length"/>
    /// bytes) as <paramref name="read"/> found it. <paramref name="indexed"/> is the entry the saved
    /// index has at that offset, if any: it names a damaged line whose own head cannot be read.
    /// Returns the damaged line when it is one not known before.
    /// </summary>
    public DamagedLine? Apply(int line, long offset, int length, LineRead read, (string Id, LogEntry Entry)? indexed = null, bool unfinished = false)
    {
        switch (read.Kind)
        {
            case LineKind.Text:
                ApplyText(read.Id!, new LogEntry(new VersionInfo(read.Version!, read.At), offset, length, line));
                return null;
            case LineKind.Withdrawn or LineKind.Returned:
                if (!Presences.TryGetValue(read.Id!, out var before) || before.Line < line)
                {
                    Presences[read.Id!] = read.Kind == LineKind.Withdrawn
                        ? new Presence(line, new Withdrawal(read.Id!, read.At, read.Archives), before.Returned)
                        : new Presence(line, null, read.At);
                }

                return null;
            default:
                return ApplyDamaged(line, offset, length, read, indexed, unfinished);
        }
    }

    private void ApplyText(string id, LogEntry entry)
    {
        var held = Texts.Find(id, entry.Info.Version);
        if (held is null)
        {
            Texts.Add(id, entry);
        }
        else if (held.Value.Offset == entry.Offset)
        {
            // Known already. A line found damaged by a read that failed and read well now was not damaged after all.
            Damaged.Remove(entry.Offset);
        }
        else if (Damaged.ContainsKey(held.Value.Offset))
        {
            Texts.Replace(id, entry);
        }

        // Any damaged line of this very text now has a good copy.
        foreach (var damaged in Damaged.Count == 0 ? [] : Damaged.Values.Where(d => d.RepairedAt is null && d.Id == id && d.Version == entry.Info.Version && d.Offset != entry.Offset).ToArray())
        {
            Damaged[damaged.Offset] = damaged with { RepairedAt = Texts.Find(id, entry.Info.Version)!.Value.Line };
        }

        // A text is written only for a record served: one written after its withdrawal means it came back.
        if (Presences.TryGetValue(id, out var presence) && presence.Line < entry.Line)
        {
            Presences[id] = presence with { Line = entry.Line, Withdrawn = null };
        }
    }

    private DamagedLine? ApplyDamaged(int line, long offset, int length, LineRead read, (string Id, LogEntry Entry)? indexed, bool unfinished)
    {
        if (Damaged.ContainsKey(offset))
        {
            return null;
        }

        // The saved index wrote down what the line held when it was good; its head may be what was damaged.
        var (id, version) = indexed is { } known ? (known.Id, known.Entry.Info.Version) : (read.Id, read.Version);
        var damaged = new DamagedLine(line, offset, id, version, read.Damage!, Unfinished: unfinished);
        if (id is not null && version is not null && !unfinished)
        {
            var held = Texts.Find(id, version);
            if (held is null && read.At != default)
            {
                // Kept in the history, so that its permalink can say the text is damaged rather than unknown.
                Texts.Add(id, new LogEntry(new VersionInfo(version, read.At), offset, length, line));
            }
            else if (held is { } good && good.Offset != offset && !Damaged.ContainsKey(good.Offset))
            {
                damaged = damaged with { RepairedAt = good.Line };
            }
        }

        Damaged[offset] = damaged;
        return damaged;
    }

    /// <summary>Forgets everything (a saved index that turned out unusable halfway through).</summary>
    public void Clear()
    {
        Texts.Clear();
        Damaged.Clear();
        Presences.Clear();
        (Lines, Complete, Unfinished) = (0, 0, false);
    }
}
