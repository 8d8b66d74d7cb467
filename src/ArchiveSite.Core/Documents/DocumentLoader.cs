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
        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The documents folder '{directory}' does not exist.");
        }

        var files = Directory.EnumerateFiles(directory, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                IgnoreInaccessible = false,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            })
            .Select(path => (Path: path, Relative: Path.GetRelativePath(directory, path).Replace('\\', '/')))
            .Where(f => !f.Relative.Split('/').Any(part => part.StartsWith('.')))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .ToArray();

        // Parsing is pure and per file, so it spreads across cores; AsOrdered keeps the outcome
        // (which of two duplicates wins) independent of thread timing.
        var results = files.AsParallel().AsOrdered().Select(f => LoadFile(f.Path, f.Relative)).ToArray();
        return Collect(results);
    }

    /// <summary>Reads and parses one file.</summary>
    public static RecordParseResult LoadFile(string path, string relativeName)
    {
        var extension = Path.GetExtension(path).ToLowerInvariant();
        if (!RecordExtensions.Contains(extension))
        {
            return RecordParseResult.Fail(relativeName, $"not a record file: records end in .txt or .md, this is '{(extension.Length == 0 ? "(no extension)" : extension)}'");
        }

        byte[] bytes;
        try
        {
            var length = new FileInfo(path).Length;
            if (length > MaxFileBytes)
            {
                return RecordParseResult.Fail(relativeName, string.Create(System.Globalization.CultureInfo.InvariantCulture, $"the file is {length:N0} bytes, larger than the {MaxFileBytes:N0}-byte limit for one record"));
            }

            bytes = File.ReadAllBytes(path);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            return RecordParseResult.Fail(relativeName, $"the file cannot be read: {ex.Message}");
        }

        return ParseBytes(bytes, relativeName);
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
        var documents = new List<ArchiveDocument>();
        var rejections = new List<RecordNotice>();
        var warnings = new List<RecordNotice>();
        var byId = new Dictionary<string, ArchiveDocument>(StringComparer.OrdinalIgnoreCase);
        foreach (var result in results)
        {
            if (result.Document is not { } document)
            {
                rejections.Add(result.Rejection!);
            }
            else if (byId.TryGetValue(document.Id, out var first))
            {
                rejections.Add(new RecordNotice(document.SourceFile, $"duplicate id '{document.Id}': '{first.SourceFile}' already has that source URL's document id"));
            }
            else
            {
                byId.Add(document.Id, document);
                documents.Add(document);
                warnings.AddRange(result.Warnings);
            }
        }

        return new LoadResult(documents, rejections, warnings);
    }
}
