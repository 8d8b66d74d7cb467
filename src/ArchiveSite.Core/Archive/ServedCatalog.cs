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

    /// <summary>The format this code writes and reads.</summary>
    public const int CurrentFormat = 1;

    private static ReadOnlySpan<byte> Magic => "ArchiveSite catalog\n"u8;

    /// <summary>
    /// The catalogue saved in <paramref name="indexPath"/> for index commit <paramref name="commit"/>;
    /// null when there is none, it is of another format or commit, or it cannot be read (the caller
    /// then gathers the catalogue again from the manifest).
    /// </summary>
    public static ServedCatalog? TryRead(string indexPath, string? commit)
    {
        var path = Path.Combine(indexPath, FileName);
        if (commit is null || !File.Exists(path))
        {
            return null;
        }

        try
        {
            var reader = new PackedReader(File.ReadAllBytes(path));
            if (!reader.Take(Magic.Length).SequenceEqual(Magic) || reader.ReadInt32() != CurrentFormat || reader.ReadString() != commit)
            {
                return null;
            }

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
            return reader.Left == 0 ? catalog : null;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>Writes the catalogue atomically: to a temporary file, then renamed over the old one.</summary>
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
    });
}
