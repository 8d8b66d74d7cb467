using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// What a persisted index was built from, file by file: written beside the Lucene files after every
/// commit, so the next start can tell from a folder listing alone whether any record changed (as git's
/// index does: a file whose size and time are as recorded is taken as unchanged; one whose size or
/// time moved is read and hashed, and only a different hash makes it changed). It also holds what
/// the site needs about every file without opening it: the served record's id, version and archives,
/// and the notice of a rejected file, so a restart reports every file exactly as the first start did.
/// </summary>
/// <param name="Format">The manifest's own format; another number means rebuild.</param>
/// <param name="Indexer">Which indexing code and names authority wrote the index (the indexing code's module version and the names fingerprint); another means rebuild.</param>
/// <param name="Commit">The Lucene commit this manifest describes (also kept in the commit's user data), so a crash between the two is noticed.</param>
/// <param name="Files">Every file of the documents folder, in ordinal path order.</param>
public sealed record IndexManifest(int Format, string Indexer, string Commit, IReadOnlyList<ManifestFile> Files)
{
    /// <summary>The manifest's file name inside the index folder.</summary>
    public const string FileName = "manifest.bin";

    /// <summary>The format this code writes and reads (3: the file ends with its SHA-256, so a damaged byte is found, not believed).</summary>
    public const int CurrentFormat = 3;

    /// <summary>The commit user data key that names the manifest's <see cref="Commit"/>.</summary>
    internal const string CommitKey = "archivesite.manifest";

    /// <summary>
    /// The first bytes of a manifest. It is binary (length-prefixed UTF-8 strings, hashes as bytes):
    /// a restart reads every file's entry before it serves, and at 100,000 records the JSON this
    /// replaced was 30 MB and more than half a second to read, a quarter of the restart's budget.
    /// </summary>
    private static ReadOnlySpan<byte> Magic => "ArchiveSite manifest\n"u8;

    /// <summary>The manifest in <paramref name="indexPath"/>, or null with the reason it cannot be used.</summary>
    public static IndexManifest? TryRead(string indexPath, out string? problem)
    {
        var path = Path.Combine(indexPath, FileName);
        problem = null;
        if (!File.Exists(path))
        {
            problem = "there is no index yet";
            return null;
        }

        try
        {
            var bytes = File.ReadAllBytes(path);
            var head = ReadHead(bytes);
            if (head.Format != CurrentFormat)
            {
                problem = $"the index manifest {path} is of another format";
                return null;
            }

            var reader = new PackedReader(PackedReader.WithoutChecksum(bytes));
            ReadHead(ref reader);

            var files = new ManifestFile[reader.ReadCount()];
            for (var i = 0; i < files.Length; i++)
            {
                files[i] = ReadFile(ref reader);
            }

            if (reader.Left != 0)
            {
                problem = $"the index manifest {path} has bytes after its last file";
                return null;
            }

            return new IndexManifest(head.Format, head.Indexer, head.Commit, files);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            problem = $"the index manifest {path} cannot be read ({ex.Message})";
            return null;
        }
    }

    /// <summary>
    /// The manifest's format, indexer and commit, read from the head of the file without the file
    /// list (they are written first): enough to tell whether the index can be used, at the cost of a
    /// few bytes rather than the whole manifest. Null when there is no readable head.
    /// </summary>
    public static (int Format, string Indexer, string Commit)? TryReadHead(string indexPath)
    {
        try
        {
            using var file = File.OpenRead(Path.Combine(indexPath, FileName));
            var bytes = new byte[HeadBytes];
            return ReadHead(bytes.AsSpan(0, file.ReadAtLeast(bytes, bytes.Length, throwOnEndOfStream: false)));
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException)
        {
            return null;
        }
    }

    /// <summary>More than a head takes: the magic, the format and two short strings.</summary>
    private const int HeadBytes = 4096;

    private static (int Format, string Indexer, string Commit) ReadHead(ReadOnlySpan<byte> bytes)
    {
        var reader = new PackedReader(bytes);
        return ReadHead(ref reader);
    }

    private static (int Format, string Indexer, string Commit) ReadHead(ref PackedReader reader) =>
        reader.Take(Magic.Length).SequenceEqual(Magic)
            ? (reader.ReadInt32(), reader.ReadString(), reader.ReadString())
            : throw new FormatException("it does not start as an ArchiveSite manifest");

    /// <summary>Writes the manifest atomically (a temporary file renamed over the old one), ending with its checksum.</summary>
    public void Write(string indexPath)
    {
        using var writing = Writing.Start(indexPath, Format, Indexer, Commit, Files.Count);
        foreach (var file in Files)
        {
            writing.Add(file);
        }

        writing.Complete();
    }

    /// <summary>
    /// A manifest written file by file, as a rebuild reads the folder: the entries go to disk as they
    /// are made instead of waiting in memory for the build to end (at 300,000 records they were some
    /// 400 bytes a record of the build's peak). The manifest appears, whole, at <see cref="Complete"/>;
    /// a build that stops first leaves the old one as it was.
    /// </summary>
    internal sealed class Writing : IDisposable
    {
        private readonly AtomicFile _file;
        private readonly int _count;
        private int _added;

        private Writing(AtomicFile file, int count)
        {
            _file = file;
            _count = count;
        }

        /// <summary>Starts the manifest of <paramref name="count"/> files in <paramref name="indexPath"/>.</summary>
        public static Writing Start(string indexPath, int format, string indexer, string commit, int count)
        {
            var file = AtomicFile.Create(Path.Combine(indexPath, FileName), checksum: true);
            var writer = file.Writer;
            writer.Write(Magic);
            writer.Write(format);
            writer.Write(indexer);
            writer.Write(commit);
            writer.Write(count);
            return new Writing(file, count);
        }

        /// <summary>The next file, in path order.</summary>
        public void Add(ManifestFile file)
        {
            WriteFile(_file.Writer, file);
            _added++;
        }

        /// <summary>Ends the manifest and puts it in place of the old one; every file announced must have been added.</summary>
        public void Complete()
        {
            if (_added != _count)
            {
                throw new InvalidOperationException($"The manifest was started for {_count} files and given {_added}.");
            }

            _file.Complete();
        }

        public void Dispose() => _file.Dispose();
    }

    private static void WriteFile(BinaryWriter writer, ManifestFile file)
    {
        writer.Write(file.Path);
        writer.Write(file.Length);
        writer.Write(file.Modified);
        var hash = Convert.FromHexString(file.Sha256);
        writer.Write((byte)hash.Length);
        writer.Write(hash);
        WriteOptional(writer, file.Id);
        WriteOptional(writer, file.Version);
        writer.Write(file.Rejection is not null);
        if (file.Rejection is not null)
        {
            writer.WriteNotice(file.Rejection);
        }

        writer.WriteNotices(file.Warnings);
        writer.WriteStrings(file.Archives);
        writer.Write(file.Letter);
    }

    private static ManifestFile ReadFile(ref PackedReader reader) => new(
        Path: reader.ReadString(),
        Length: reader.ReadInt64(),
        Modified: reader.ReadInt64(),
        Sha256: Convert.ToHexStringLower(reader.Take(reader.ReadByte())),
        Id: reader.ReadBoolean() ? reader.ReadString() : null,
        Version: reader.ReadBoolean() ? reader.ReadString() : null,
        Rejection: reader.ReadBoolean() ? reader.ReadNotice() : null,
        Warnings: reader.ReadNotices(),
        Archives: reader.ReadSharedStrings(),
        Letter: reader.ReadBoolean());

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    /// <summary>
    /// The files that are served, in path order: the first of each id, as
    /// <see cref="DocumentLoader.Collect"/> decides, and the notices of the rest.
    /// </summary>
    public static (IReadOnlyList<ManifestFile> Served, IReadOnlyList<RecordNotice> Rejections, IReadOnlyList<RecordNotice> Warnings) Collect(IEnumerable<ManifestFile> files) =>
        DocumentLoader.Deduplicate(files, f => f.Id, f => f.Path, f => f.Rejection ?? new RecordNotice(f.Path, "the file could not be read"), f => f.Warnings);
}

/// <summary>One file of the documents folder as the index last saw it.</summary>
/// <param name="Path">Relative to the documents folder, '/' separators.</param>
/// <param name="Length">Size in bytes when read.</param>
/// <param name="Modified">Last write time (UTC ticks) when read.</param>
/// <param name="Sha256">SHA-256 of the bytes read; empty when the file was not read (wrong extension, too large, unreadable).</param>
/// <param name="Id">The record's id when the file parsed; null when it was rejected.</param>
/// <param name="Version">The record's version (<see cref="RecordVersion"/>) when it parsed.</param>
/// <param name="Rejection">Why the file is not a record, when it is not.</param>
/// <param name="Warnings">What was read leniently.</param>
/// <param name="Archives">The archives its references name (the OAI-PMH sets), so harvesting needs no parse.</param>
/// <param name="Letter">Dated, with senders and recipients: a candidate for reply threads, which are inferred across records.</param>
public sealed record ManifestFile(
    string Path,
    long Length,
    long Modified,
    string Sha256,
    string? Id,
    string? Version,
    RecordNotice? Rejection,
    IReadOnlyList<RecordNotice> Warnings,
    IReadOnlyList<string> Archives,
    bool Letter)
{
    /// <summary>True when the listing's size and time are those recorded: taken as unchanged without reading.</summary>
    public bool SameStat(RecordFile file) => file.Length == Length && file.Modified == Modified;
}
