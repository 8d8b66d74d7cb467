using System.IO.MemoryMappedFiles;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Every served record's card (id, title, dates, summary, and the record it answers), in one file
/// beside the index, written for an index commit and mapped into memory: what lists of records
/// (related records, replies) show, read without Lucene's stored fields, which decompress a whole
/// block of records to hand back one (a quarter of a detail page's time for its five related
/// records). Mapped, the cards cost the page cache, not the process's own memory. Immutable;
/// thread-safe; closed with the index view it was opened for.
/// </summary>
public sealed class CardStore : IDisposable
{
    /// <summary>The file's name inside the index folder.</summary>
    public const string FileName = "cards.bin";

    private const int CurrentFormat = 1;

    private static ReadOnlySpan<byte> Magic => "ArchiveSite cards\n"u8;

    private readonly MemoryMappedFile _file;
    private readonly MemoryMappedViewAccessor _view;
    private readonly Dictionary<string, int> _positions;
    private readonly long _offsets;
    private readonly long _records;

    private CardStore(MemoryMappedFile file, MemoryMappedViewAccessor view, IReadOnlyList<string> ids, long offsets)
    {
        _file = file;
        _view = view;
        _offsets = offsets;
        _records = offsets + ((ids.Count + 1) * sizeof(long));
        _positions = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            _positions[ids[i]] = i;
        }
    }

    /// <summary>The card of served record <paramref name="id"/>, or null when the store has none.</summary>
    public StoredCard? Card(string id)
    {
        if (!_positions.TryGetValue(id, out var position))
        {
            return null;
        }

        var start = _view.ReadInt64(_offsets + (position * sizeof(long)));
        var end = _view.ReadInt64(_offsets + ((position + 1) * sizeof(long)));
        var bytes = new byte[end - start];
        _view.ReadArray(_records + start, bytes, 0, bytes.Length);
        var reader = new PackedReader(bytes);
        var card = new DocumentCard(reader.ReadString(), reader.ReadString(), reader.ReadString(), Optional(ref reader), reader.ReadString());
        return new StoredCard(card, Optional(ref reader), Optional(ref reader));
    }

    private static string? Optional(ref PackedReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>
    /// The store saved in <paramref name="indexPath"/> for commit <paramref name="commit"/> over
    /// <paramref name="ids"/> (every served record, in ordinal order: the commit names the set);
    /// null when there is none, or it is of another format or commit (lists then read stored fields).
    /// </summary>
    public static CardStore? TryOpen(string indexPath, string? commit, IReadOnlyList<string> ids)
    {
        var path = Path.Combine(indexPath, FileName);
        if (commit is null || !File.Exists(path))
        {
            return null;
        }

        MemoryMappedFile? file = null;
        MemoryMappedViewAccessor? view = null;
        try
        {
            var length = new FileInfo(path).Length;
            file = MemoryMappedFile.CreateFromFile(path, FileMode.Open, null, 0, MemoryMappedFileAccess.Read);
            view = file.CreateViewAccessor(0, length, MemoryMappedFileAccess.Read);
            var head = new byte[Math.Min(length, 4096)];
            view.ReadArray(0, head, 0, head.Length);
            var reader = new PackedReader(head);
            if (!reader.Take(Magic.Length).SequenceEqual(Magic) || reader.ReadInt32() != CurrentFormat || reader.ReadString() != commit
                || reader.ReadInt32() != ids.Count)
            {
                Close();
                return null;
            }

            var checksum = reader.Take(SHA256.HashSizeInBytes).ToArray();
            var offsets = head.Length - reader.Left;
            var recordsLength = view.ReadInt64(offsets + (ids.Count * sizeof(long)));
            if (offsets + ((ids.Count + 1) * sizeof(long)) + recordsLength != length || !checksum.SequenceEqual(Checksum(view, offsets, length)))
            {
                Close();
                return null;
            }

            return new CardStore(file, view, ids, offsets);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or FormatException or ArgumentException)
        {
            Close();
            return null;
        }

        void Close()
        {
            view?.Dispose();
            file?.Dispose();
        }
    }

    /// <summary>
    /// The SHA-256 of everything after the head: read whole once when the store opens (in the
    /// background, about a tenth of a second at 100,000 records), so a damaged card is never shown.
    /// </summary>
    private static byte[] Checksum(MemoryMappedViewAccessor view, long from, long length)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        for (var at = from; at < length; at += buffer.Length)
        {
            var count = (int)Math.Min(buffer.Length, length - at);
            view.ReadArray(at, buffer, 0, count);
            hash.AppendData(buffer, 0, count);
        }

        return hash.GetHashAndReset();
    }

    /// <summary>Writes the cards of <paramref name="cards"/> (one per id, in the same order) for commit <paramref name="commit"/>, atomically.</summary>
    public static void Write(string indexPath, string commit, IReadOnlyList<string> ids, IEnumerable<StoredCard> cards)
    {
        var records = new MemoryStream();
        var offsets = new List<long> { 0 };
        using (var writer = new BinaryWriter(records, Encoding.UTF8, leaveOpen: true))
        {
            foreach (var stored in cards)
            {
                var card = stored.Card;
                writer.Write(card.Id);
                writer.Write(card.Title);
                writer.Write(card.DateText);
                WriteOptional(writer, card.DateIso);
                writer.Write(card.Summary);
                WriteOptional(writer, stored.InReplyTo);
                WriteOptional(writer, stored.ReplyReason);
                writer.Flush();
                offsets.Add(records.Length);
            }
        }

        if (offsets.Count != ids.Count + 1)
        {
            throw new ArgumentException($"{offsets.Count - 1} cards for {ids.Count} records", nameof(cards));
        }

        PackedWriter.WriteAtomically(Path.Combine(indexPath, FileName), writer =>
        {
            writer.Write(Magic);
            writer.Write(CurrentFormat);
            writer.Write(commit);
            writer.Write(ids.Count);
            var body = new MemoryStream();
            using (var bodyWriter = new BinaryWriter(body, Encoding.UTF8, leaveOpen: true))
            {
                foreach (var offset in offsets)
                {
                    bodyWriter.Write(offset);
                }

                bodyWriter.Write(records.GetBuffer(), 0, (int)records.Length);
            }

            writer.Write(SHA256.HashData(body.GetBuffer().AsSpan(0, (int)body.Length)));
            writer.Write(body.GetBuffer(), 0, (int)body.Length);
        });
    }

    private static void WriteOptional(BinaryWriter writer, string? value)
    {
        writer.Write(value is not null);
        if (value is not null)
        {
            writer.Write(value);
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        _view.Dispose();
        _file.Dispose();
    }
}

/// <summary>A record's card, with the record it answers and why that was inferred (both null when it answers none).</summary>
/// <param name="Card">What a list shows of the record.</param>
/// <param name="InReplyTo">The id of the record it answers.</param>
/// <param name="ReplyReason">How the reply was inferred.</param>
public sealed record StoredCard(DocumentCard Card, string? InReplyTo, string? ReplyReason);
