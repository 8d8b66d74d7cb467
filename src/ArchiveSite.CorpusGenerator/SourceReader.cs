using System.Formats.Tar;
using System.IO.Compression;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.CorpusGenerator;

/// <summary>
/// Reads the record files of a source, a folder or a <c>.tar.gz</c> (such as <c>frus-22k.tar.gz</c>),
/// in ordinal order of their relative paths, the order <see cref="DocumentLoader"/> loads them in.
/// Only what the loader would read as a record counts: <c>.txt</c>/<c>.md</c>, no part of the path starting with '.'.
/// </summary>
public static class SourceReader
{
    /// <summary>Reads a folder or a <c>.tar.gz</c>/<c>.tgz</c> archive.</summary>
    public static IReadOnlyList<SourceRecord> Read(string path, int? limit = null)
    {
        if (Directory.Exists(path))
        {
            return ReadFolder(path, limit);
        }

        if (File.Exists(path) && (path.EndsWith(".tar.gz", StringComparison.OrdinalIgnoreCase) || path.EndsWith(".tgz", StringComparison.OrdinalIgnoreCase)))
        {
            return ReadArchive(path, limit);
        }

        throw new FileNotFoundException($"The source '{path}' is neither a folder nor a .tar.gz archive.", path);
    }

    /// <summary>The record files below <paramref name="folder"/>; with a limit, the first ones in path order.</summary>
    public static IReadOnlyList<SourceRecord> ReadFolder(string folder, int? limit = null)
    {
        var files = Directory.EnumerateFiles(folder, "*", new EnumerationOptions
            {
                RecurseSubdirectories = true,
                AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
            })
            .Select(path => (Path: path, Relative: Path.GetRelativePath(folder, path).Replace('\\', '/')))
            .Where(f => IsRecordPath(f.Relative))
            .OrderBy(f => f.Relative, StringComparer.Ordinal)
            .Take(limit ?? int.MaxValue)
            .ToArray();
        return files.AsParallel().AsOrdered().Select(f => new SourceRecord(f.Relative, File.ReadAllBytes(f.Path))).ToArray();
    }

    /// <summary>
    /// The record files of a gzipped tar archive, without unpacking it to disk. A single top folder
    /// shared by every entry (<c>full/</c>) is dropped from the relative paths. With a limit, reading
    /// stops after that many records in archive order, which keeps small test runs fast.
    /// </summary>
    public static IReadOnlyList<SourceRecord> ReadArchive(string archive, int? limit = null)
    {
        var records = new List<SourceRecord>();
        using (var file = File.OpenRead(archive))
        using (var gzip = new GZipStream(file, CompressionMode.Decompress))
        using (var tar = new TarReader(gzip))
        {
            while (records.Count < (limit ?? int.MaxValue) && tar.GetNextEntry() is { } entry)
            {
                var name = entry.Name.Replace('\\', '/');
                name = name.StartsWith("./", StringComparison.Ordinal) ? name[2..] : name.TrimStart('/');
                if (entry.EntryType is not (TarEntryType.RegularFile or TarEntryType.V7RegularFile) || entry.DataStream is null || !IsRecordPath(name))
                {
                    continue;
                }

                using var bytes = new MemoryStream();
                entry.DataStream.CopyTo(bytes);
                records.Add(new SourceRecord(name, bytes.ToArray()));
            }
        }

        var top = records.Select(r => r.RelativePath.Split('/')).Where(p => p.Length > 1).Select(p => p[0]).Distinct().ToArray();
        if (top.Length == 1 && records.All(r => r.RelativePath.StartsWith(top[0] + "/", StringComparison.Ordinal)))
        {
            records = records.Select(r => r with { RelativePath = r.RelativePath[(top[0].Length + 1)..] }).ToList();
        }

        return records.OrderBy(r => r.RelativePath, StringComparer.Ordinal).ToArray();
    }

    /// <summary>True for a path the loader reads as a record: .txt or .md, nothing hidden by a leading '.'.</summary>
    public static bool IsRecordPath(string relativePath) =>
        DocumentLoader.RecordExtensions.Contains(Path.GetExtension(relativePath).ToLowerInvariant())
        && !relativePath.Split('/').Any(part => part.StartsWith('.'));
}
