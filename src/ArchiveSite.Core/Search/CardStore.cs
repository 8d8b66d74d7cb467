using System.Text;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Every served record's card (id, title, dates, summary, and the record it answers), beside the
/// index for one commit (<see cref="RecordBlobs"/>): what lists of records (related records,
/// replies) show, read without Lucene's stored fields, which decompress a whole block of records to
/// hand back one (a quarter of a detail page's time for its five related records). Immutable;
/// thread-safe; closed with the index view it was opened for.
/// </summary>
public sealed class CardStore : IDisposable
{
    /// <summary>The file's name inside the index folder.</summary>
    public const string FileName = "cards.bin";

    private static readonly BlobFile Kind = new(FileName, "ArchiveSite cards\n"u8.ToArray(), Format: 3);

    private readonly RecordBlobs _records;

    /// <summary>Told, once, the damage a read met (the record's checksum failed): the read itself falls back to the index.</summary>
    internal void ReportDamageTo(Action<string> damaged) => _records.Damaged = damaged;

    private CardStore(RecordBlobs records) => _records = records;

    /// <summary>The card of served record <paramref name="id"/>, or null when the store has none.</summary>
    public StoredCard? Card(string id)
    {
        if (_records.Read(id) is not { } bytes)
        {
            return null;
        }

        var reader = new PackedReader(bytes);
        var card = new DocumentCard(reader.ReadString(), reader.ReadString(), reader.ReadString(), Optional(ref reader), reader.ReadString());
        return new StoredCard(card, Optional(ref reader), Optional(ref reader));
    }

    private static string? Optional(ref PackedReader reader) => reader.ReadBoolean() ? reader.ReadString() : null;

    /// <summary>
    /// The store saved in <paramref name="indexPath"/> for commit <paramref name="commit"/> over
    /// <paramref name="positions"/> (every served record: the commit names the set); null when there
    /// is none, or it is of another format or commit, or damaged (<paramref name="problem"/> then says how; lists then read stored fields).
    /// </summary>
    public static CardStore? TryOpen(string indexPath, string? commit, RecordPositions positions, out string? problem) =>
        Kind.TryOpen(indexPath, commit, positions, out problem) is { } records
            ? new CardStore(records)
            : null;

    /// <summary>Checks the store in <paramref name="indexPath"/> whole (<see cref="RecordBlobs.Verify"/>): the commit it is for, and what is wrong with it.</summary>
    internal static (string? Commit, string? Problem) Verify(string indexPath, CancellationToken cancellation) =>
        Kind.Verify(indexPath, cancellation);

    /// <summary>Writes <paramref name="cards"/> (one per record, in id order) for commit <paramref name="commit"/>, atomically.</summary>
    public static void Write(string indexPath, string commit, int count, IEnumerable<StoredCard> cards) =>
        Kind.Write(indexPath, commit, count, cards.Select(Bytes));

    private static byte[] Bytes(StoredCard stored)
    {
        using var bytes = new MemoryStream();
        using (var writer = new BinaryWriter(bytes, Encoding.UTF8, leaveOpen: true))
        {
            var card = stored.Card;
            writer.Write(card.Id);
            writer.Write(card.Title);
            writer.Write(card.DateText);
            WriteOptional(writer, card.DateIso);
            writer.Write(card.Summary);
            WriteOptional(writer, stored.InReplyTo);
            WriteOptional(writer, stored.ReplyReason);
        }

        return bytes.ToArray();
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
    public void Dispose() => _records.Dispose();
}

/// <summary>A record's card, with the record it answers and why that was inferred (both null when it answers none).</summary>
/// <param name="Card">What a list shows of the record.</param>
/// <param name="InReplyTo">The id of the record it answers.</param>
/// <param name="ReplyReason">How the reply was inferred.</param>
public sealed record StoredCard(DocumentCard Card, string? InReplyTo, string? ReplyReason);

/// <summary>Each served record's position in ordinal id order: how the stores beside the index find a record's entry. Immutable.</summary>
public sealed class RecordPositions
{
    private readonly Dictionary<string, int> _positions;

    /// <summary>The positions of <paramref name="ids"/>, every served record in ordinal order.</summary>
    public RecordPositions(IReadOnlyList<string> ids)
    {
        Ids = ids;
        _positions = new Dictionary<string, int>(ids.Count, StringComparer.Ordinal);
        for (var i = 0; i < ids.Count; i++)
        {
            _positions[ids[i]] = i;
        }
    }

    /// <summary>The served records' ids, in ordinal order.</summary>
    public IReadOnlyList<string> Ids { get; }

    /// <summary>How many records are served.</summary>
    public int Count => Ids.Count;

    /// <summary>The position of record <paramref name="id"/>, or null when it is not served.</summary>
    public int? Of(string id) => _positions.TryGetValue(id, out var position) ? position : null;
}
