using System.Text;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Versions;
using static ArchiveSite.Core.Tests.Versions.StoreFiles;

namespace ArchiveSite.Core.Tests.Versions;

/// <summary>The log's lines: a checksum over the line as the first format wrote it, and what reading finds.</summary>
public sealed class LogLineTests
{
    private static readonly ArchiveDocument Document = Seed("112082");
    private static readonly string Version = RecordVersion.Of(Document);

    [Fact]
    public void ATextLineWithoutItsChecksumIsTheLineTheFirstFormatWrote()
    {
        var line = Encoding.UTF8.GetString(LogLine.Text(Document, Version, Monday));

        var at = line.IndexOf(",\"sha256\":\"", StringComparison.Ordinal);
        Assert.True(at > 0 && at < line.IndexOf("\"record\"", StringComparison.Ordinal)); // before the record, so a start reading heads finds it
        var plain = line.Remove(at, 76);
        Assert.StartsWith($"{{\"id\":\"112082\",\"version\":\"{Version}\",\"firstSeen\":", plain, StringComparison.Ordinal);
        Assert.Equal(
            Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(Encoding.UTF8.GetBytes(plain))),
            line.Substring(at + 11, 64));
        var old = LogLine.Read(Encoding.UTF8.GetBytes(plain));
        Assert.Equal((LineKind.Text, false), (old.Kind, old.HasChecksum));
        Assert.Equal(Document.Body, LogLine.ReadText(Encoding.UTF8.GetBytes(plain), "112082", Version, out _)!.Body);
    }

    [Fact]
    public void ALineReadsBackAsWrittenAndItsRecordHashesToItsVersion()
    {
        var bytes = LogLine.Text(Document, Version, Monday);

        var read = LogLine.Read(bytes);
        var record = LogLine.ReadText(bytes, "112082", Version, out var damage);

        Assert.Equal((LineKind.Text, "112082", Version, Monday, true), (read.Kind, read.Id, read.Version, read.At, read.HasChecksum));
        Assert.Null(damage);
        Assert.Equal(Document.Body, record!.Body);
    }

    [Theory]
    [InlineData(40)] // inside the head: the first sighting
    [InlineData(400)] // inside the record
    public void AnyChangedByteFailsTheChecksum(int offset)
    {
        var bytes = LogLine.Text(Document, Version, Monday);
        bytes[offset] = bytes[offset] == (byte)'1' ? (byte)'2' : (byte)'1';

        Assert.Equal(LineKind.Damaged, LogLine.Read(bytes).Kind);
        Assert.Null(LogLine.ReadText(bytes, "112082", Version, out var damage));
        Assert.Contains("checksum", damage, StringComparison.Ordinal);
    }

    [Fact]
    public void WithdrawalAndReturnLinesCarryTheirIdTimeAndSets()
    {
        var withdrawn = LogLine.Read(LogLine.Withdrawal("112082", Monday, ["APRF"]));
        var returned = LogLine.Read(LogLine.Return("112082", Tuesday));

        Assert.Equal((LineKind.Withdrawn, "112082", Monday, true), (withdrawn.Kind, withdrawn.Id, withdrawn.At, withdrawn.HasChecksum));
        Assert.Equal(["APRF"], withdrawn.Archives);
        Assert.Equal((LineKind.Returned, "112082", Tuesday), (returned.Kind, returned.Id, returned.At));
        Assert.Null(LogLine.ReadText(LogLine.Return("112082", Tuesday), "112082", Version, out _)); // not a text
    }

    [Theory]
    [InlineData("")]
    [InlineData("not json at all")]
    [InlineData("{\"id\":5,\"version\":\"abcdefabcdef\"}")]
    [InlineData("{\"id\":\"112082\",\"version\":\"not-a-version\",\"firstSeen\":\"2026-11-23T09:00:00+00:00\",\"record\":{}}")]
    public void ALineThatIsNotOneOfTheStoresIsDamagedNeverAnError(string text)
    {
        var read = LogLine.Read(Encoding.UTF8.GetBytes(text));

        Assert.Equal(LineKind.Damaged, read.Kind);
        Assert.NotNull(read.Damage);
    }

    [Fact]
    public void ARecordWithAPartMissingIsDamagedNotAnError()
    {
        var line = Encoding.UTF8.GetString(LogLine.Text(Document, Version, Monday));
        var at = line.IndexOf(",\"sha256\":\"", StringComparison.Ordinal);
        var plain = line.Remove(at, 76).Replace("\"title\":", "\"titel\":", StringComparison.Ordinal); // a first-format line, its title's name damaged

        Assert.Null(LogLine.ReadText(Encoding.UTF8.GetBytes(plain), "112082", Version, out var damage));
        Assert.NotNull(damage);
    }
}
