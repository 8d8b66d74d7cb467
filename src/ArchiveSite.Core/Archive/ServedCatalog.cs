using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Archive;

/// <summary>
/// What a site serves, record by record (id, current version, when that text first appeared, its
/// archives), and the notices of the files it does not serve: gathered by a start from the manifest
/// and the version store, and saved beside the index for the next one. A restart on an unchanged
/// corpus then reads this one compact file, in id order, instead of the whole manifest (every
/// file's path, size, time and hash, which only the check of the documents folder needs, and that
/// runs once the site serves) and the version store's index: the two largest costs of a restart at
/// 100,000 records. It is trusted only for the index commit it names, so a catalogue left behind by
/// a build that was interrupted, or by an update since, is never served.
/// </summary>
/// <param name="Commit">The index commit (<see cref="IndexManifest.Commit"/>) the catalogue describes.</param>
/// <param name="Entries">Every served record, in ordinal id order.</param>
/// <param name="Rejections">The files not served, with their reasons.</param>
/// <param name="Warnings">What was read leniently in the files served.</param>
public sealed record ServedCatalog(string Commit, IReadOnlyList<CatalogEntry> Entries, IReadOnlyList<RecordNotice> Rejections, IReadOnlyList<RecordNotice> Warnings)
{
    /// <summary>The catalogue's file name inside the index folder.</summary>
    public const string FileName = "catalog.bin";

    /// <summary>The format this code writes and reads (2: the file ends with its SHA-256, so a damaged byte is found, not served).</summary>
    public const int CurrentFormat = 2;

    private static ReadOnlySpan<byte> Magic => "ArchiveSite catalog\n"u8;

    /// <summary>
    /// The catalogue saved in <paramref name="indexPath"/> for index commit <paramref name="commit"/>;
    /// null when there is none, it is of another format or commit, or it cannot be read (the caller
    /// then gathers the catalogue again from the manifest). <paramref name="problem"/> says how it
    /// was damaged (cut short, a byte that does not match its checksum), for the log; it stays null
    /// when the catalogue is simply absent, or of another format or commit.
    /// </summary>
    public static ServedCatalog? TryRead(string indexPath, string? commit, out string? problem)
    {
        problem = null;
        var path = Path.Combine(indexPath, FileName);
        if (commit is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var head = new PackedReader(bytes);
            if (!head.Take(Magic.Length).SequenceEqual(Magic))
            {
                problem = "it does not start as a served catalogue";
                return null;
            }

            if (head.ReadInt32() != CurrentFormat || head.ReadString() != commit)
            {
                return null;
            }

            var reader = new PackedReader(PackedReader.WithoutChecksum(bytes));
            reader.Take(bytes.Length - head.Left);
            var entries = new CatalogEntry[reader.ReadCount()];
            for (var i = 0; i < entries.Length; i++)
            {
                entries[i] = new CatalogEntry(
                    Id: reader.ReadString(),
                    Version: reader.ReadString(),
                    FirstSeen: new DateTimeOffset(reader.ReadInt64(), TimeSpan.FromMinutes(reader.ReadInt32())),
                    Archives: reader.ReadSharedStrings());
            }

            var catalog = new ServedCatalog(commit, entries, reader.ReadNotices(), reader.ReadNotices());
            if (reader.Left != 0)
            {
                problem = "it has bytes after its last notice";
                return null;
            }

            return catalog;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            problem = ex is FormatException ? ex.Message : $"it cannot be read ({ex.Message})";
            return null;
        }
    }

    /// <summary>
    /// Checks the catalogue in <paramref name="indexPath"/> whole, offline or in the background: its
    /// head and its checksum. Returns the commit it was saved for, and what is wrong with it (null when whole).
    /// </summary>
    internal static (string? Commit, string? Problem) Verify(string indexPath)
    {
        try
        {
            var head = new PackedReader(File.ReadAllBytes(Path.Combine(indexPath, FileName)));
            var (commit, problem) = PackedReader.SavedHead(ref head, Magic, CurrentFormat, "a served catalogue");
            return commit is null || TryRead(indexPath, commit, out problem) is not null ? (commit, problem) : (commit, problem ?? "it cannot be read");
        }
        catch (Exception ex) when (PackedReader.Unreadable(ex))
        {
            return (null, PackedReader.Problem(ex));
        }
    }

    /// <summary>Writes the catalogue atomically (a temporary file renamed over the old one), ending with its checksum.</summary>
    public void Write(string indexPath) => PackedWriter.WriteAtomically(Path.Combine(indexPath, FileName), writer =>
    {
        writer.Write(Magic);
        writer.Write(CurrentFormat);
        writer.Write(Commit);
        writer.Write(Entries.Count);
        foreach (var entry in Entries)
        {
            writer.Write(entry.Id);
            writer.Write(entry.Version);
            // Ticks as written plus the offset: read back, the value and its offset are both as they were.
            writer.Write(entry.FirstSeen.Ticks);
            writer.Write((int)entry.FirstSeen.Offset.TotalMinutes);
            writer.WriteStrings(entry.Archives);
        }

        writer.WriteNotices(Rejections);
        writer.WriteNotices(Warnings);
    }, checksum: true);
}
