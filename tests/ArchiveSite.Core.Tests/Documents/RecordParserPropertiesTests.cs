using System.Buffers;
using System.Text;
using System.Text.Unicode;
using ArchiveSite.Core.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>
/// Hostile records (issue 6): for arbitrary text, arbitrary bytes, mutations of real records and
/// lines of a hundred thousand characters, the parser returns within <see cref="HostileInput.Limit"/>
/// either a document or a rejection naming the file with a reason, and never throws. The
/// coverage-guided side of the same promise is tests/fuzz/run.sh (docs/security.md).
/// </summary>
public sealed class RecordParserPropertiesTests
{
    [Property(MaxTest = 300)]
    public void AnyTextParsesToADocumentOrARejection(string text) => HostileInput.Parse(text ?? "");

    [Property(MaxTest = 300, Arbitrary = [typeof(Hostile)])]
    public void AnyMutationOfARealRecordParsesToADocumentOrARejection(MutatedRecord record) =>
        HostileInput.Parse(record.Text, record.File);

    [Property(MaxTest = 30, Arbitrary = [typeof(Hostile)])]
    public void AHugeLineAnywhereInARealRecordIsReadInBoundedTime(HugeLine record) =>
        HostileInput.Parse(record.Text, record.File);

    [Property(MaxTest = 300, Arbitrary = [typeof(Hostile)])]
    public void AnyBytesAreADocumentOrTheRejectionTheirEncodingCalls(HostileBytes input)
    {
        var bytes = input.Bytes;
        var result = HostileInput.ParseBytes(bytes);

        // The reason for bytes that are not text, worked out independently of the loader's decoder.
        var nul = Array.IndexOf(bytes, (byte)0);
        var status = Utf8.ToUtf16(bytes, new char[bytes.Length], out var validBytes, out _, replaceInvalidSequences: false);
        var expected = bytes.Length == 0 ? "the file is empty (0 bytes)"
            : nul >= 0 ? $"the file is binary, not a text record (a NUL byte at offset {nul})"
            : status != OperationStatus.Done ? $"the file is not valid UTF-8 text (an invalid byte at offset {validBytes})"
            : null;
        // Text that decodes is parsed as the text it is.
        Assert.Equal(expected ?? Describe(RecordParser.Parse(Encoding.UTF8.GetString(bytes), "hostile.txt")), expected is null ? Describe(result) : result.Rejection?.Message);
    }

    [Fact]
    public void EveryRealRecordTheMutationsStartFromIsADocument()
    {
        foreach (var (file, text) in Hostile.Records.Value)
        {
            Assert.True(HostileInput.Parse(text, file).IsSuccess, file);
        }
    }

    [Fact]
    public void TheBoundFailsAParserThatHangs()
    {
        var error = Assert.Throws<TimeoutException>(() => HostileInput.Bounded(() =>
        {
            Thread.Sleep(HostileInput.Limit * 2);
            return RecordParser.Parse("", "slow.txt");
        }, "a slow parse"));

        Assert.Contains("a slow parse", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void TheShapeCheckFailsARejectionThatNamesAnotherFile()
    {
        var result = RecordParser.Parse("no headings at all", "other.txt");

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => HostileInput.AssertWellFormed(result, "hostile.txt"));
    }

    /// <summary>An outcome as a reader sees it: the document's id, title and body with its warnings, or the rejection.</summary>
    private static string Describe(RecordParseResult result) =>
        (result.Document is { } d ? $"{d.Id} | {d.Title} | {d.Body}" : result.Rejection!.ToString()) + string.Concat(result.Warnings.Select(w => $" | {w}"));
}

/// <summary>A real record after a series of edits; the edits are listed so a failure can be replayed by hand.</summary>
public sealed record MutatedRecord(string File, IReadOnlyList<RecordEdit> Edits, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"{File} after [{string.Join("; ", Edits)}]";
}

/// <summary>A real record with one very long run of one character (or a short pattern) put into one of its lines.</summary>
public sealed record HugeLine(string File, string Pattern, int Repeats, int Line, int Column, string Text)
{
    /// <inheritdoc />
    public override string ToString() => $"{File} with '{Pattern}' x {Repeats:N0} in line {Line + 1} at column {Column + 1}";
}

/// <summary>Bytes for ParseBytes, and how they were made.</summary>
public sealed record HostileBytes(string How, byte[] Bytes)
{
    /// <inheritdoc />
    public override string ToString() => $"{How}: {Convert.ToHexString(Bytes.AsSpan(0, Math.Min(Bytes.Length, 64)))}{(Bytes.Length > 64 ? "…" : "")} ({Bytes.Length} bytes)";
}

/// <summary>One edit of a record's lines. Positions are taken modulo the record's size, so any number is one.</summary>
public abstract record RecordEdit
{
    public abstract List<string> Apply(List<string> lines);

    protected static int At(int position, int count) => count == 0 ? 0 : (int)((uint)position % (uint)count);
}

public sealed record DeleteLine(int Line) : RecordEdit
{
    public override List<string> Apply(List<string> lines)
    {
        if (lines.Count > 0)
        {
            lines.RemoveAt(At(Line, lines.Count));
        }

        return lines;
    }
}

public sealed record DuplicateLine(int Line) : RecordEdit
{
    public override List<string> Apply(List<string> lines)
    {
        if (lines.Count > 0)
        {
            var at = At(Line, lines.Count);
            lines.Insert(at, lines[at]);
        }

        return lines;
    }
}

public sealed record SwapLines(int First, int Second) : RecordEdit
{
    public override List<string> Apply(List<string> lines)
    {
        if (lines.Count > 0)
        {
            var (a, b) = (At(First, lines.Count), At(Second, lines.Count));
            (lines[a], lines[b]) = (lines[b], lines[a]);
        }

        return lines;
    }
}

/// <summary>Cuts the record off at a character: a file written half-way.</summary>
public sealed record Truncate(int Char) : RecordEdit
{
    public override List<string> Apply(List<string> lines)
    {
        var text = string.Join('\n', lines);
        return [.. text[..At(Char, text.Length + 1)].Split('\n')];
    }
}

/// <summary>Puts text into a line. Lines are drawn from the top of the record, where the header, headings and metadata are.</summary>
public sealed record InsertText(int Line, int Column, string Text) : RecordEdit
{
    public override List<string> Apply(List<string> lines)
    {
        if (lines.Count == 0)
        {
            return [Text];
        }

        var at = At(Line, Math.Min(lines.Count, 24));
        lines[at] = lines[at].Insert(At(Column, lines[at].Length + 1), Text);
        return lines;
    }

    public override string ToString() => $"InsertText {{ Line = {Line}, Column = {Column}, Text = \"{(Text.Length > 40 ? $"{Text[..20]}…({Text.Length:N0} chars)" : Text)}\" }}";
}

/// <summary>The generators: real records, hostile text and bytes, and edits.</summary>
public static class Hostile
{
    /// <summary>
    /// The records the mutations start from: the two seeds and the real FRUS records of the fuzzing
    /// corpus (tests/fuzz/corpus/, both variants); the corpus's hand-written edge cases are left
    /// out, since some are rejected on purpose.
    /// </summary>
    public static readonly Lazy<IReadOnlyList<(string File, string Text)>> Records = new(() =>
        Directory.GetFiles(RepositoryPaths.Seeds)
            .Concat(Directory.GetFiles(Path.Combine(RepositoryPaths.Root, "tests", "fuzz", "corpus"), "frus*"))
            .Order(StringComparer.Ordinal)
            .Select(path => (Path.GetFileName(path), File.ReadAllText(path)))
            .ToArray());

    /// <summary>Short pieces that mean something to the parser, or to text handling in general.</summary>
    private static readonly string[] Snippets =
    [
        "", ":", "**", "__", "## ", "- ", "* ", "\\", "Citation:", "**Summary:**", "Original Language:", "__Contents:__",
        "<", ">", "\"", "“", "”", "„", "«", "»", "http://", "https://", "<https://x.org/document/1>", "%2F", "%", "..", "/",
        " - ", " – ", "1950", "February 30, 1950", "1950-13", "undated", "n. d.", "Document 7a", "Foreign Relations of the United States",
        "Fond 45 and ", " & ", "Listy 5 and 6", ",", ";", ")", "\t", "\r", "\r\n", "\n\n", "\u0000", "\u0085", "\u2028", "\u200F",
        "\uFEFF", "\uD800", "\uDC00", "😀", "Ким Ир Сен", "\u0301", "\\*\\*", "\u00A0",
    ];

    /// <summary>The characters and patterns whose long runs the regexes had trouble with, and some they never did.</summary>
    private static readonly string[] RunPatterns = [" ", ".", "\"", "“", "*", "#", ",", "-", "\t", "a ", "1 - ", "http://", ". ", "\\", "<", "Document 1 ", "and ", "\u00A0"];

    private static Gen<string> Snippet() =>
        Gen.Frequency(
            (8, Gen.Elements(Snippets)),
            (2, from pattern in Gen.Elements(RunPatterns)
                from count in Gen.Choose(1, 3_000)
                select string.Concat(Enumerable.Repeat(pattern, count))),
            (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));

    private static Gen<RecordEdit> Edit()
    {
        var position = Gen.Choose(0, int.MaxValue);
        return Gen.Frequency(
            (3, position.Select(RecordEdit (p) => new DeleteLine(p))),
            (2, position.Select(RecordEdit (p) => new DuplicateLine(p))),
            (2, Gen.Zip(position, position).Select(RecordEdit (p) => new SwapLines(p.Item1, p.Item2))),
            (1, position.Select(RecordEdit (p) => new Truncate(p))),
            (5, from line in position
                from column in position
                from text in Snippet()
                select (RecordEdit)new InsertText(line, column, text)));
    }

    private static Gen<(string File, string Text)> Record() => Gen.Elements(Records.Value.ToArray());

    public static Arbitrary<MutatedRecord> MutatedRecords() =>
        (from record in Record()
         from edits in Gen.ListOf(Edit()).Resize(6)
         select new MutatedRecord(record.File, edits, Mutate(record.Text, edits))).ToArbitrary();

    public static Arbitrary<HugeLine> HugeLines() =>
        (from record in Record()
         from pattern in Gen.Elements(RunPatterns)
         from length in Gen.Choose(50_000, 200_000)
         from line in Gen.Choose(0, 23)
         from column in Gen.Choose(0, int.MaxValue)
         select HugeLineIn(record, pattern, length / pattern.Length, line, column)).ToArbitrary();

    public static Arbitrary<HostileBytes> Bytes()
    {
        var anyByte = Gen.Choose(0, 255).Select(b => (byte)b);
        var random = Gen.ArrayOf(anyByte).Select(b => new HostileBytes("random", b));
        // Byte sequences that are not UTF-8, or are and mean trouble: NUL, a BOM, overlong forms,
        // surrogates, beyond U+10FFFF, a lone continuation byte, a cut-off sequence.
        byte[][] pieces =
        [
            [0x00], [0xEF, 0xBB, 0xBF], [0xC0, 0xAF], [0xE0, 0x80, 0xAF], [0xED, 0xA0, 0x80], [0xF4, 0x90, 0x80, 0x80],
            [0x80], [0xFF], [0xFE], [0xC3], [0xE2, 0x80], [0xF0, 0x9F, 0x98], [0x0D], [0x0A], [0x1B], [0x7F],
        ];
        var corrupted =
            from record in Record()
            from position in Gen.Choose(0, int.MaxValue)
            from piece in Gen.Elements(pieces)
            select Splice(record, position, piece);
        var mutated =
            from record in MutatedRecords().Generator
            from bom in ArbMap.Default.GeneratorFor<bool>()
            select new HostileBytes(record.ToString() + (bom ? " with a BOM" : ""), (bom ? [0xEF, 0xBB, 0xBF] : Array.Empty<byte>()).Concat(Encoding.UTF8.GetBytes(record.Text)).ToArray());
        return Gen.Frequency((2, random), (3, corrupted), (3, mutated), (1, Gen.Constant(new HostileBytes("empty", [])))).ToArbitrary();
    }

    /// <summary>Applies <paramref name="edits"/> in order to the lines of <paramref name="text"/>.</summary>
    public static string Mutate(string text, IEnumerable<RecordEdit> edits) =>
        string.Join('\n', edits.Aggregate(text.Split('\n').ToList(), (lines, edit) => edit.Apply(lines)));

    public static HugeLine HugeLineIn((string File, string Text) record, string pattern, int repeats, int line, int column)
    {
        var lines = record.Text.Split('\n');
        var at = line % lines.Length;
        var inLine = column % (lines[at].Length + 1);
        lines[at] = lines[at].Insert(inLine, string.Concat(Enumerable.Repeat(pattern, repeats)));
        return new HugeLine(record.File, pattern, repeats, at, inLine, string.Join('\n', lines));
    }

    /// <summary>The record's UTF-8 bytes with <paramref name="piece"/> put in at a byte offset (possibly inside a character).</summary>
    private static HostileBytes Splice((string File, string Text) record, int position, byte[] piece)
    {
        var bytes = Encoding.UTF8.GetBytes(record.Text);
        var at = position % (bytes.Length + 1);
        return new HostileBytes($"{record.File} with {Convert.ToHexString(piece)} at {at}", [.. bytes[..at], .. piece, .. bytes[at..]]);
    }
}
