using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Versions;

/// <summary>
/// The lines of the log, written and read. A text line opens with the record's id, version and
/// first sighting, then a <c>sha256</c> field, then the record whole; a withdrawal or return line
/// names the record and the time, then its <c>sha256</c>. The checksum is the SHA-256 of the line's
/// bytes without that field (<c>,"sha256":"…"</c> taken out), which for a text is exactly the line
/// the store's first format wrote: so a line of either format reads the same way, old lines need no
/// rewriting, and an older build reading a new text line sees only an extra field it skips. A line
/// of the first format has no checksum; its record is checked against its version instead, since
/// the version is itself a hash of the text (<see cref="RecordVersion"/>).
/// </summary>
internal static class LogLine
{
    private static readonly JsonSerializerOptions LineOptions = new(RecordJson.Options) { WriteIndented = false };

    /// <summary>The checksum field's opening; the default JSON encoder writes a quote inside a string as <c>\u0022</c>, so these bytes occur only as the field itself.</summary>
    private static ReadOnlySpan<byte> ChecksumOpening => ",\"sha256\":\""u8;

    /// <summary>The checksum field: its opening, 64 hex digits and the closing quote.</summary>
    private const int ChecksumLength = 11 + 64 + 1;

    private static ReadOnlySpan<byte> RecordOpening => ",\"record\":"u8;

    /// <summary>The bytes of a text line (without its newline).</summary>
    public static byte[] Text(ArchiveDocument document, string version, DateTimeOffset firstSeen)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(new TextLine(document.Id, version, firstSeen, document, null), LineOptions);
        // Before the record, so that a start reading heads finds it without going through the text.
        return WithChecksum(plain, plain.AsSpan().IndexOf(RecordOpening));
    }

    /// <summary>The bytes of a line saying record <paramref name="id"/> left the corpus at <paramref name="at"/>, filed under <paramref name="archives"/>.</summary>
    public static byte[] Withdrawal(string id, DateTimeOffset at, IReadOnlyList<string> archives) =>
        Status(new StatusLine(id, at, null, archives, null));

    /// <summary>The bytes of a line saying withdrawn record <paramref name="id"/> is served again from <paramref name="at"/>.</summary>
    public static byte[] Return(string id, DateTimeOffset at) => Status(new StatusLine(id, null, at, null, null));

    /// <summary>
    /// What a line is, from its shape, its checksum and its head, without parsing a text's record:
    /// the check a start makes of every line it reads. A text line without a checksum passes here
    /// when its head reads and it ends as a JSON object does; <see cref="ReadText"/> checks its record.
    /// </summary>
    public static LineRead Read(ReadOnlySpan<byte> line)
    {
        line = line.TrimEnd((byte)'\r');
        var complete = ReadHead(line, out var id, out var version, out var at, out var kind);
        if (line.Length < 2 || line[0] != (byte)'{' || line[^1] != (byte)'}')
        {
            return LineRead.Damaged("it is cut short, or is not a line of this store (it does not end as a JSON object does)", id, version, at);
        }

        if (ChecksumProblem(line, out var hasChecksum) is { } problem)
        {
            return LineRead.Damaged(problem, id, version, at);
        }

        if (!complete)
        {
            return LineRead.Damaged("its head does not name a record and a version", id, version, at);
        }

        return kind == LineKind.Text ? new LineRead(kind, id, version, at, [], null, hasChecksum) : Status(line, hasChecksum);
    }

    /// <summary>
    /// The record a text line holds, checked against what the store expects there: its shape,
    /// checksum and head (<see cref="Read"/>), its id, and its version computed again from its text.
    /// Null, with the reason in <paramref name="damage"/>, when any of them fails. Never throws: a
    /// damaged line is a finding, not an error.
    /// </summary>
    public static ArchiveDocument? ReadText(ReadOnlySpan<byte> line, string id, string version, out string? damage)
    {
        var read = Read(line);
        if (read.Kind != LineKind.Text)
        {
            damage = read.Damage ?? "it holds no text";
            return null;
        }

        if (read.Id != id || read.Version != version)
        {
            damage = $"its head names record {read.Id}, version {read.Version}, where record {id}, version {version} was written";
            return null;
        }

        try
        {
            var record = JsonSerializer.Deserialize<TextLine>(line, LineOptions)?.Record;
            if (record is null || record.Id != id)
            {
                damage = "its record is missing or names another id";
                return null;
            }

            var actual = RecordVersion.Of(record);
            damage = actual == version ? null : $"its text does not match its version (it hashes to {actual}): it changed after it was written";
            return damage is null ? record : null;
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or ArgumentException or InvalidOperationException or FormatException or NullReferenceException)
        {
            // A record damaged inside its JSON may parse with a part missing, which hashing then meets as null.
            damage = $"its record cannot be read ({ex.Message})";
            return null;
        }
    }

    /// <summary>The line with its checksum field put in at byte <paramref name="at"/>.</summary>
    private static byte[] WithChecksum(byte[] plain, int at)
    {
        var line = new byte[plain.Length + ChecksumLength];
        plain.AsSpan(0, at).CopyTo(line);
        var field = line.AsSpan(at, ChecksumLength);
        ChecksumOpening.CopyTo(field);
        Encoding.ASCII.GetBytes(Convert.ToHexStringLower(SHA256.HashData(plain)), field[ChecksumOpening.Length..]);
        field[^1] = (byte)'"';
        plain.AsSpan(at).CopyTo(line.AsSpan(at + ChecksumLength));
        return line;
    }

    private static byte[] Status(StatusLine line)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(line, LineOptions);
        return WithChecksum(plain, plain.Length - 1);
    }

    /// <summary>Null when the line's checksum matches its bytes, or it has none (the first format); otherwise why not.</summary>
    private static string? ChecksumProblem(ReadOnlySpan<byte> line, out bool hasChecksum)
    {
        var at = line.IndexOf(ChecksumOpening);
        hasChecksum = at >= 0;
        if (at < 0)
        {
            return null;
        }

        if (line.Length < at + ChecksumLength || line[at + ChecksumLength - 1] != (byte)'"')
        {
            return "its checksum field is damaged";
        }

        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        hash.AppendData(line[..at]);
        hash.AppendData(line[(at + ChecksumLength)..]);
        var actual = Convert.ToHexStringLower(hash.GetHashAndReset());
        return actual == Encoding.ASCII.GetString(line.Slice(at + ChecksumOpening.Length, 64))
            ? null
            : "its bytes do not match their checksum: they changed after the line was written";
    }

    /// <summary>
    /// Reads the fields that open a line, up to the first that is neither of them (a text's
    /// checksum or record): true when they name a record and a version and the first sighting, or
    /// make a withdrawal or return line. What was read before a failure is given either way, so a
    /// damaged line can still be named in a report.
    /// </summary>
    private static bool ReadHead(ReadOnlySpan<byte> line, out string? id, out string? version, out DateTimeOffset at, out LineKind kind)
    {
        id = version = null;
        at = default;
        kind = LineKind.Text;
        try
        {
            var reader = new Utf8JsonReader(line);
            if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
            {
                return false;
            }

            while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
            {
                if (reader.ValueTextEquals("id"u8))
                {
                    reader.Read();
                    var text = reader.GetString();
                    id = DocumentId.IsWellFormed(text) ? text : null;
                }
                else if (reader.ValueTextEquals("version"u8))
                {
                    reader.Read();
                    var text = reader.GetString();
                    version = RecordVersion.IsWellFormed(text) ? text : null;
                }
                else if (reader.ValueTextEquals("firstSeen"u8))
                {
                    reader.Read();
                    at = reader.GetDateTimeOffset();
                }
                else if (reader.ValueTextEquals("withdrawn"u8) || reader.ValueTextEquals("returned"u8))
                {
                    kind = reader.ValueTextEquals("withdrawn"u8) ? LineKind.Withdrawn : LineKind.Returned;
                    return id is not null;
                }
                else
                {
                    break; // the checksum or the record: the head is read, and the record is left unparsed
                }
            }
        }
        catch (Exception ex) when (ex is JsonException or FormatException or InvalidOperationException)
        {
            return false;
        }

        return id is not null && version is not null && at != default;
    }

    /// <summary>A withdrawal or return line, read whole (it is short).</summary>
    private static LineRead Status(ReadOnlySpan<byte> line, bool hasChecksum)
    {
        try
        {
            var status = JsonSerializer.Deserialize<StatusLine>(line, LineOptions);
            return status switch
            {
                { Withdrawn: { } at, Returned: null } when DocumentId.IsWellFormed(status.Id) =>
                    new LineRead(LineKind.Withdrawn, status.Id, null, at, status.Archives ?? [], null, hasChecksum),
                { Returned: { } at, Withdrawn: null } when DocumentId.IsWellFormed(status.Id) =>
                    new LineRead(LineKind.Returned, status.Id, null, at, [], null, hasChecksum),
                _ => LineRead.Damaged("it says neither when the record was withdrawn nor when it returned", status?.Id, null),
            };
        }
        catch (Exception ex) when (ex is JsonException or NotSupportedException or InvalidOperationException or FormatException)
        {
            return LineRead.Damaged($"it cannot be read ({ex.Message})", null, null);
        }
    }

    /// <summary>
    /// A text line. The order matters: the head fields come before the record. <see cref="Sha256"/>
    /// is read (and ignored: <see cref="Read"/> checked it) and never written through this type.
    /// </summary>
    private sealed record TextLine(string Id, string Version, DateTimeOffset FirstSeen, ArchiveDocument Record,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sha256);

    /// <summary>A withdrawal (<see cref="Withdrawn"/> set) or a return (<see cref="Returned"/> set) line; the id first, as in every line.</summary>
    private sealed record StatusLine(
        string Id,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? Withdrawn,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] DateTimeOffset? Returned,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] IReadOnlyList<string>? Archives,
        [property: JsonIgnore(Condition = JsonIgnoreCondition.WhenWritingNull)] string? Sha256);
}
