using System.Security.Cryptography;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Search;

/// <summary>
/// The related records of every record of one state of the index, computed once rather than on
/// every request: "more like this" was nine tenths of a detail page's time (a query of 25 words over
/// the whole index), and each permalink a crawler walks is a page no cache has seen. Filled in the
/// background after a start, a build or an update (<see cref="DocumentRelations.FillRelated"/>),
/// and by any request that comes first; saved beside the index for its commit, so a restart reads
/// them back. Thread-safe: each record's list is written once, whole.
/// </summary>
public sealed class RelatedLists
{
    /// <summary>The file's name inside the index folder.</summary>
    public const string FileName = "related.bin";

    /// <summary>The format this code writes and reads.</summary>
    private const int CurrentFormat = 1;

    private static ReadOnlySpan<byte> Magic => "ArchiveSite related\n"u8;

    private readonly IReadOnlyList<string> _ids;
    private readonly RecordPositions _positions;
    private readonly string[]?[] _lists;
    private int _missing;

    /// <summary>No list yet for any of <paramref name="ids"/> (every served record, in ordinal order).</summary>
    public RelatedLists(IReadOnlyList<string> ids)
        : this(new RecordPositions(ids))
    {
    }

    /// <summary>No list yet for any record of <paramref name="positions"/>.</summary>
    public RelatedLists(RecordPositions positions)
    {
        _positions = positions;
        _ids = positions.Ids;
        _lists = new string[]?[_ids.Count];
        _missing = _ids.Count;
    }

    /// <summary>How many records have no list yet.</summary>
    public int Missing => Volatile.Read(ref _missing);

    /// <summary>The records with no list yet, in id order.</summary>
    public IEnumerable<string> MissingIds => _ids.Where((_, i) => Volatile.Read(ref _lists[i]) is null);

    /// <summary>The ids of the records related to <paramref name="id"/>, best first; false when not computed yet (or not served).</summary>
    public bool TryGet(string id, out IReadOnlyList<string> related)
    {
        related = [];
        if (_positions.Of(id) is not { } position || Volatile.Read(ref _lists[position]) is not { } list)
        {
            return false;
        }

        related = list;
        return true;
    }

    /// <summary>Keeps <paramref name="related"/> as the list of <paramref name="id"/>; the first list kept wins (two computations over one view agree).</summary>
    public void Set(string id, IEnumerable<string> related)
    {
        if (_positions.Of(id) is not { } position)
        {
            return;
        }

        // The related ids as the served ids' own strings: one copy of each id in memory, however many lists name it.
        // (A list names only records of the same index, which are all served.)
        var shared = related.Select(_positions.Of).OfType<int>().Select(p => _ids[p]).ToArray();
        if (Interlocked.CompareExchange(ref _lists[position], shared, null) is null)
        {
            Interlocked.Decrement(ref _missing);
        }
    }

    /// <summary>Forgets the list of <paramref name="id"/>, so that it is computed again.</summary>
    private void Clear(string id)
    {
        if (_positions.Of(id) is { } position && Interlocked.Exchange(ref _lists[position], null) is not null)
        {
            Interlocked.Increment(ref _missing);
        }
    }

    /// <summary>
    /// The lists for a new state of the index, taken over from this one's where nothing they depend
    /// on changed: a record's list is kept unless the record itself is in <paramref name="changed"/>
    /// (new, changed or removed records) or its list names one of them. A new or changed record may
    /// also belong in the lists of records it is like; those are recomputed once its own list is
    /// known (<see cref="Neighbours"/>). Rarity shifts slightly with every record added, so a kept
    /// list may differ from a fresh computation in its last places: an update recomputes what it
    /// touches, not the whole archive, as the issue asks of incremental updates.
    /// </summary>
    public RelatedLists CarryOver(RecordPositions positions, IReadOnlySet<string> changed)
    {
        var next = new RelatedLists(positions);
        for (var i = 0; i < _ids.Count; i++)
        {
            if (Volatile.Read(ref _lists[i]) is { } list && !changed.Contains(_ids[i]) && !list.Any(changed.Contains))
            {
                next.Set(_ids[i], list);
            }
        }

        return next;
    }

    /// <summary>Forgets the lists of the records <paramref name="ids"/> are related to, except theirs: see <see cref="CarryOver"/>.</summary>
    public void Neighbours(IReadOnlyCollection<string> ids)
    {
        var own = ids.ToHashSet(StringComparer.Ordinal);
        foreach (var id in ids)
        {
            if (TryGet(id, out var related))
            {
                foreach (var neighbour in related.Where(r => !own.Contains(r)))
                {
                    Clear(neighbour);
                }
            }
        }
    }

    /// <summary>
    /// The lists saved in <paramref name="indexPath"/> for index commit <paramref name="commit"/>,
    /// over exactly <paramref name="positions"/>; null when there are none, they are of another format or
    /// commit, or damaged (they are then computed again; <paramref name="problem"/> says how they were damaged).
    /// </summary>
    public static RelatedLists? TryRead(string indexPath, string? commit, RecordPositions positions, out string? problem)
    {
        problem = null;
        var ids = positions.Ids;
        var path = Path.Combine(indexPath, FileName);
        if (commit is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var reader = new PackedReader(bytes);
            if (!reader.Take(Magic.Length).SequenceEqual(Magic))
            {
                problem = "it does not start as a file of related records";
                return null;
            }

            if (reader.ReadInt32() != CurrentFormat || reader.ReadString() != commit)
            {
                return null; // another format, or written for another commit: computed again, not damaged
            }

            if (reader.ReadCount() != ids.Count)
            {
                problem = "it holds another number of records than its commit serves";
                return null;
            }

            // A damaged byte would otherwise name another record as related, silently.
            var checksum = reader.Take(SHA256.HashSizeInBytes);
            if (!checksum.SequenceEqual(SHA256.HashData(bytes.AsSpan(bytes.Length - reader.Left))))
            {
                problem = "its bytes do not match their checksum";
                return null;
            }

            var lists = new RelatedLists(positions);
            for (var i = 0; i < ids.Count; i++)
            {
                var count = reader.ReadInt32();
                if (count < 0)
                {
                    continue;
                }

                var related = new string[count];
                for (var j = 0; j < count; j++)
                {
                    var position = reader.ReadInt32();
                    if ((uint)position >= (uint)ids.Count)
                    {
                        problem = $"the list of record {i} names a record that is not served";
                        return null;
                    }

                    related[j] = ids[position];
                }

                lists.Set(ids[i], related);
            }

            if (reader.Left != 0)
            {
                problem = "it has bytes after its last list";
                return null;
            }

            return lists;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            problem = $"it cannot be read ({ex.Message})";
            return null;
        }
    }

    /// <summary>
    /// Checks the file in <paramref name="indexPath"/> whole, offline or in the background: its head
    /// and its checksum. Returns the commit it was written for, and what is wrong with it (null when whole).
    /// </summary>
    internal static (string? Commit, string? Problem) Verify(string indexPath)
    {
        try
        {
            var bytes = File.ReadAllBytes(Path.Combine(indexPath, FileName));
            var reader = new PackedReader(bytes);
            var (commit, problem) = PackedReader.SavedHead(ref reader, Magic, CurrentFormat, "a file of related records");
            if (commit is null)
            {
                return (null, problem);
            }

            reader.ReadCount();
            var checksum = reader.Take(SHA256.HashSizeInBytes);
            return (commit, checksum.SequenceEqual(SHA256.HashData(bytes.AsSpan(bytes.Length - reader.Left))) ? null : "its bytes do not match their checksum");
        }
        catch (Exception ex) when (PackedReader.Unreadable(ex))
        {
            return (null, PackedReader.Problem(ex));
        }
    }

    /// <summary>
    /// Writes the lists for index commit <paramref name="commit"/> atomically (a temporary file
    /// renamed over the old one): each list as the positions of its records in id order, about
    /// 2.4 MB at 100,000 records.
    /// </summary>
    public void Write(string indexPath, string commit)
    {
        var body = new MemoryStream();
        using (var lists = new BinaryWriter(body, System.Text.Encoding.UTF8, leaveOpen: true))
        {
            for (var i = 0; i < _lists.Length; i++)
            {
                var kept = Volatile.Read(ref _lists[i]);
                lists.Write(kept?.Length ?? -1);
                foreach (var id in kept ?? [])
                {
                    lists.Write(_positions.Of(id)!.Value);
                }
            }
        }

        var bytes = body.GetBuffer().AsSpan(0, (int)body.Length).ToArray();
        PackedWriter.WriteAtomically(Path.Combine(indexPath, FileName), writer =>
        {
            writer.Write(Magic);
            writer.Write(CurrentFormat);
            writer.Write(commit);
            writer.Write(_ids.Count);
            writer.Write(SHA256.HashData(bytes));
            writer.Write(bytes);
        });
    }
}
