using System.Text;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Reads every file under a documents folder into documents or rejections. The only code that
/// touches the file system; one bad file never costs the rest of the corpus.
/// </summary>
public static class DocumentLoader
{
    /// <summary>Record files are .txt or .md; anything else in the folder is reported, not read.</summary>
    public static readonly IReadOnlyList<string> RecordExtensions = [".txt", ".md"];

    /// <summary>A file larger than this is not a record (the largest real one is about 150 KB).</summary>
    public const long MaxFileBytes = 16 * 1024 * 1024;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    /// <summary>Loads every file below <paramref name="directory"/>, in ordinal path order.</summary>
    /// <exception cref="DirectoryNotFoundException">The folder does not exist.</exception>
    public static LoadResult Load(string directory)
    {
        // Parsing is pure and per file, so it spreads across cores; AsOrdered keeps the outcome
        // (which of two duplicates wins) independent of thread timing.
        var results = Scan(directory).AsParallel().AsOrdered().Select(f => LoadFile(f.Path, f.Relative)).ToArray();
        return Collect(results);
    }

    /// <summary>
    /// Every file below <paramref name="directory"/> that belongs to the corpus (hidden files and
    /// folders are left out), with its size and modification time, in ordinal order of relative path:
    /// what a persisted index compares with its manifest to find what changed, without reading a byte.
    /// </summary>
    public static IReadOnlyList<RecordFile> Scan(string directory)
    {
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The documents folder '{directory}' does not exist.");
        }

        var root = Path.TrimEndingDirectorySeparator(Path.GetFullPath(directory));
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            IgnoreInaccessible = false,
            AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        };

        // The enumeration's own entry carries size and time: one stat per file, no FileInfo. Hidden
        // files and folders (a leading dot) are passed over here, without descending into them.
        var files = new System.IO.Enumeration.FileSystemEnumerable<RecordFile>(root,
            (ref System.IO.Enumeration.FileSystemEntry entry) =>
            {
                // '/' between folders on every system, as manifests and notices name files; only where '\' is
                // the separator is it replaced (on Linux it is a character a folder's name may hold, and
                // the full path is joined again from this name).
                var folder = entry.Directory.Length > root.Length ? Separated(entry.Directory[(root.Length + 1)..].ToString()) + "/" : "";
                var relative = folder + entry.FileName.ToString();
                return new RecordFile(root, relative, entry.Length, entry.LastWriteTimeUtc.UtcTicks);
            },
            options)
        {
            ShouldIncludePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.IsDirectory && !entry.FileName.StartsWith('.'),
            ShouldRecursePredicate = (ref System.IO.Enumeration.FileSystemEntry entry) => !entry.FileName.StartsWith('.'),
        };

        var list = files.ToArray();
        Array.Sort(list, (a, b) => string.CompareOrdinal(a.Relative, b.Relative));
        return list;
    }

    private static string Separated(string folder) => Path.DirectorySeparatorChar == '/' ? folder : folder.Replace(Path.DirectorySeparatorChar, '/');

    /// <summary>Reads and parses one file.</summary>
    public static RecordParseResult LoadFile(string path, string relativeName) => ReadFile(path, relativeName).Result;

    /// <summary>
    /// Reads and parses one file, and hashes the bytes read (SHA-256, lower-case hex; empty when
    /// nothing was read): the content hash a persisted index keeps to tell a changed file from a
    /// touched one.
    /// </summary>
    public static (RecordParseResult Result, string Sha256) ReadFile(string path, string relativeName)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!RecordExtensions.Contains(extension))
        {
            // A FIFO, a socket or a looping link is named for what it is, whatever it is called.
            return (RecordParseResult.Fail(relativeName, RecordFileReader.NotAFile(path)
                ?? $"not a record file: records end in .txt or .md, this is '{(extension.Length == 0 ? "(no extension)" : extension)}'"), "");
        }

        // Never waits on what is not a file (a FIFO would hold a start for good), nor for ever on one that is.
        var (bytes, problem) = RecordFileReader.Read(path, MaxFileBytes);
        if (bytes is null)
        {
            return (RecordParseResult.Fail(relativeName, problem!), "");
        }

        return (ParseBytes(bytes, relativeName), Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(bytes)));
    }

    /// <summary>Decodes strict UTF-8 (a BOM is allowed) and parses; binary or mis-encoded bytes are rejected.</summary>
    public static RecordParseResult ParseBytes(byte[] bytes, string relativeName)
    {
        if (bytes.Length == 0)
        {
            return RecordParseResult.Fail(relativeName, "the file is empty (0 bytes)");
        }

        var nul = Array.IndexOf(bytes, (byte)0);
        if (nul >= 0)
        {
            return RecordParseResult.Fail(relativeName, $"the file is binary, not a text record (a NUL byte at offset {nul})");
        }

        string text;
        try
        {
            text = StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException ex)
        {
            return RecordParseResult.Fail(relativeName, $"the file is not valid UTF-8 text (an invalid byte at offset {ex.Index})");
        }

        return RecordParser.Parse(text, relativeName);
    }

    /// <summary>Keeps the first document for each id; a later one with the same id is rejected, naming both files.</summary>
    public static LoadResult Collect(IEnumerable<RecordParseResult> results)
    {
        var (served, rejections, warnings) = Deduplicate(results, r => r.Document?.Id, r => r.Document!.SourceFile, r => r.Rejection!, r => r.Warnings);
        return new LoadResult(served.Select(r => r.Document!).ToList(), rejections, warnings);
    }

    /// <summary>
    /// The rule for which file is served, in one place for parsed files and for a persisted index's
    /// manifest: in the order given (path order), the first with each id (ignoring case) is served
    /// with its warnings; one without an id is rejected with its own notice; a later one with a
    /// served id is rejected, naming the file that has it.
    /// </summary>
    internal static (IReadOnlyList<T> Served, IReadOnlyList<RecordNotice> Rejections, IReadOnlyList<RecordNotice> Warnings) Deduplicate<T>(
        IEnumerable<T> files, Func<T, string?> idOf, Func<T, string> fileOf, Func<T, RecordNotice> rejectionOf, Func<T, IEnumerable<RecordNotice>> warningsOf)
    {
        var served = new List<T>();
        var rejections = new List<RecordNotice>();
        var warnings = new List<RecordNotice>();
        var byId = new Dictionary<string, T>(StringComparer.OrdinalIgnoreCase);
        foreach (var file in files)
        {
            if (idOf(file) is not { } id)
            {
                rejections.Add(rejectionOf(file));
            }
            else if (byId.TryGetValue(id, out var first))
            {
                rejections.Add(DuplicateNotice(fileOf(file), id, fileOf(first)));
            }
            else
            {
                byId.Add(id, file);
                served.Add(file);
                warnings.AddRange(warningsOf(file));
            }
        }

        return (served, rejections, warnings);
    }

    /// <summary>The notice of a file whose id an earlier file (in path order) already has.</summary>
    public static RecordNotice DuplicateNotice(string file, string id, string firstFile) =>
        new(file, $"duplicate id '{id}': '{firstFile}' already has that source URL's document id");
}
