using System.Text.Json;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Search;

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
    public const string FileName = "manifest.json";

    /// <summary>The format this code writes and reads.</summary>
    public const int CurrentFormat = 1;

    /// <summary>The commit user data key that names the manifest's <see cref="Commit"/>.</summary>
    internal const string CommitKey = "archivesite.manifest";

    /// <summary>
    /// Source-generated (de)serialization: a restart reads the manifest of every file, and the
    /// reflection-based serializer spent a good part of a second building itself on a cold start.
    /// </summary>
    private static ManifestJson Json => ManifestJson.Default;

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
            using var stream = File.OpenRead(path);
            var manifest = JsonSerializer.Deserialize(stream, Json.IndexManifest);
            if (manifest is null || manifest.Format != CurrentFormat || manifest.Files is null)
            {
                problem = $"the index manifest {path} is of another format";
                return null;
            }

            return manifest;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException)
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
        var path = Path.Combine(indexPath, FileName);
        try
        {
            using var stream = File.OpenRead(path);
            var buffer = new byte[4096];
            var length = stream.ReadAtLeast(buffer, buffer.Length, throwOnEndOfStream: false);
            var reader = new Utf8JsonReader(buffer.AsSpan(0, length), isFinalBlock: false, default);
            int? format = null;
            string? indexer = null, commit = null;
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return null;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName && (format is null || indexer is null || commit is null))
            {
                var name = reader.GetString();
                if (!reader.Read())
                {
                    return null;
                }

                switch (name)
                {
                    case "format" when reader.TokenType == JsonTokenType.Number:
                        format = reader.GetInt32();
                        break;
                    case "indexer" when reader.TokenType == JsonTokenType.String:
                        indexer = reader.GetString();
                        break;
                    case "commit" when reader.TokenType == JsonTokenType.String:
                        commit = reader.GetString();
                        break;
                    default:
                        return null;
                }
            }

            return format is { } f && indexer is not null && commit is not null ? (f, indexer, commit) : null;
        }
        catch (Exception ex) when (ex is JsonException or IOException or UnauthorizedAccessException or InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>Writes the manifest atomically: to a temporary file, then renamed over the old one.</summary>
    public void Write(string indexPath)
    {
        var path = Path.Combine(indexPath, FileName);
        var temporary = path + ".tmp";
        using (var stream = File.Create(temporary))
        {
            JsonSerializer.Serialize(stream, this, Json.IndexManifest);
            stream.Flush(flushToDisk: true);
        }

        File.Move(temporary, path, overwrite: true);
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
/// <param name="Version">The record's version (<see cref="Versions.RecordVersion"/>) when it parsed.</param>
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

/// <summary>The manifest's JSON, generated at build time: camelCase names, as every stored JSON of the site.</summary>
[System.Text.Json.Serialization.JsonSourceGenerationOptions(PropertyNamingPolicy = System.Text.Json.Serialization.JsonKnownNamingPolicy.CamelCase)]
[System.Text.Json.Serialization.JsonSerializable(typeof(IndexManifest))]
internal sealed partial class ManifestJson : System.Text.Json.Serialization.JsonSerializerContext;
