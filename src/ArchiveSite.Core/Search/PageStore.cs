using System.Buffers.Binary;
using System.IO.Compression;
using System.Text;
using ArchiveSite.Core.Documents;
using Lucene.Net.Index;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Every served record whole (its record JSON) with its body rendered once to HTML (paragraph
/// anchors, footnotes), beside the index for one commit (<see cref="RecordBlobs"/>), each record
/// compressed on its own: a detail page reads its record and body from here instead of
/// decompressing a block of Lucene's stored fields and rendering the Markdown again on every
/// request (two thirds of a detail page's time once related records were looked up). Immutable;
/// thread-safe; closed with the index view it was opened for.
/// </summary>
public sealed class PageStore : IDisposable
{
    /// <summary>The file's name inside the index folder.</summary>
    public const string FileName = "pages.bin";

    /// <summary>Brotli's quality: 5 compresses a record's JSON and HTML about five to one in well under a millisecond; reading back costs the same at any quality.</summary>
    private const int Quality = 5;

    private const int Window = 22;

    private static readonly BlobFile Kind = new(FileName, "ArchiveSite pages\n"u8.ToArray(), Format: 2);

    private readonly RecordBlobs _records;

    /// <summary>Told, once, the damage a read met (the record's checksum failed): the read itself falls back to the index.</summary>
    internal void ReportDamageTo(Action<string> damaged) => _records.Damaged = damaged;

    private PageStore(RecordBlobs records) => _records = records;

    /// <summary>Record <paramref name="id"/> and its body's HTML, or null when the store has no such record.</summary>
    public RecordPage? Page(string id)
    {
        if (_records.Read(id) is not { } blob)
        {
            return null;
        }

        var plain = new byte[BinaryPrimitives.ReadInt32LittleEndian(blob)];
        if (!BrotliDecoder.TryDecompress(blob.AsSpan(sizeof(int)), plain, out var written) || written != plain.Length)
        {
            throw new InvalidDataException($"The stored page of record {id} does not decompress.");
        }

        var jsonLength = BinaryPrimitives.ReadInt32LittleEndian(plain);
        var json = Encoding.UTF8.GetString(plain, sizeof(int), jsonLength);
        var html = Encoding.UTF8.GetString(plain, sizeof(int) + jsonLength, plain.Length - sizeof(int) - jsonLength);
        return new RecordPage(RecordJson.Read(json), html);
    }

    /// <summary>
    /// The store saved in <paramref name="indexPath"/> for commit <paramref name="commit"/> over
    /// <paramref name="positions"/>; null when there is none, or it is of another format or commit,
    /// or damaged (<paramref name="problem"/> then says how; pages then read the index and render).
    /// </summary>
    public static PageStore? TryOpen(string indexPath, string? commit, RecordPositions positions, out string? problem) =>
        Kind.TryOpen(indexPath, commit, positions, out problem) is { } records
            ? new PageStore(records)
            : null;

    /// <summary>Checks the store in <paramref name="indexPath"/> whole (<see cref="RecordBlobs.Verify"/>): the commit it is for, and what is wrong with it.</summary>
    internal static (string? Commit, string? Problem) Verify(string indexPath, CancellationToken cancellation) =>
        Kind.Verify(indexPath, cancellation);

    /// <summary>Writes <paramref name="pages"/> (each record's page as <see cref="Bytes"/> makes it, one per record, in id order) for commit <paramref name="commit"/>, atomically.</summary>
    public static void Write(string indexPath, string commit, int count, IEnumerable<byte[]> pages) =>
        Kind.Write(indexPath, commit, count, pages);

    /// <summary>Record <paramref name="id"/>'s page as stored, to carry over to the store after a reload when the record did not change; null when there is none.</summary>
    internal byte[]? Stored(string id) => _records.Read(id);

    /// <summary>A record's page as stored: the uncompressed length, then Brotli of the JSON's length, the JSON and the HTML.</summary>
    internal static byte[] Bytes((string Json, string BodyHtml) page)
    {
        var jsonLength = Encoding.UTF8.GetByteCount(page.Json);
        var plain = new byte[sizeof(int) + jsonLength + Encoding.UTF8.GetByteCount(page.BodyHtml)];
        BinaryPrimitives.WriteInt32LittleEndian(plain, jsonLength);
        Encoding.UTF8.GetBytes(page.Json, plain.AsSpan(sizeof(int)));
        Encoding.UTF8.GetBytes(page.BodyHtml, plain.AsSpan(sizeof(int) + jsonLength));
        var compressed = new byte[sizeof(int) + BrotliEncoder.GetMaxCompressedLength(plain.Length)];
        BinaryPrimitives.WriteInt32LittleEndian(compressed, plain.Length);
        if (!BrotliEncoder.TryCompress(plain, compressed.AsSpan(sizeof(int)), out var written, Quality, Window))
        {
            throw new InvalidOperationException("Brotli could not compress a record's page.");
        }

        return compressed[..(sizeof(int) + written)];
    }

    /// <inheritdoc />
    public void Dispose() => _records.Dispose();

    /// <summary>Closes <paramref name="store"/> when the index view <paramref name="reader"/> closes: the last request using the view is done with it too.</summary>
    internal static void CloseWith(IndexReader reader, IDisposable store) => reader.AddReaderDisposedListener(new Closing(store));

    private sealed class Closing(IDisposable store) : IReaderDisposedListener
    {
        public void OnDispose(IndexReader reader) => store.Dispose();
    }
}

/// <summary>A served record with its body rendered once.</summary>
/// <param name="Document">The record.</param>
/// <param name="BodyHtml">The body as HTML with paragraph links and footnotes, before any query's marks.</param>
public sealed record RecordPage(ArchiveDocument Document, string BodyHtml);
