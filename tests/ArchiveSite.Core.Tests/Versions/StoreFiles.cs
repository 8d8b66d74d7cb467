using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Versions;

/// <summary>The seeds as the version store's tests record them, and the damage they do to a store's files.</summary>
internal static class StoreFiles
{
    public static readonly DateTimeOffset Monday = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public static readonly DateTimeOffset Tuesday = Monday.AddDays(1);

    public static ArchiveDocument Seed(string id)
    {
        var path = RepositoryPaths.Seed(id);
        return DocumentLoader.LoadFile(path, Path.GetFileName(path)).Document!;
    }

    /// <summary>112082 as corrected later: a full stop added to its signature.</summary>
    public static ArchiveDocument Corrected(ArchiveDocument document) =>
        document with { Body = document.Body.Replace("FYN SI [Stalin]", "FYN SI [Stalin].", StringComparison.Ordinal) };

    /// <summary>Where line <paramref name="line"/> (from 1) of the file begins and how long it is, without its newline.</summary>
    public static (int Start, int Length) Line(byte[] bytes, int line)
    {
        var start = 0;
        for (var i = 1; i < line; i++)
        {
            start = Array.IndexOf(bytes, (byte)'\n', start) + 1;
        }

        var end = Array.IndexOf(bytes, (byte)'\n', start);
        return (start, (end < 0 ? bytes.Length : end) - start);
    }

    /// <summary>
    /// Changes the case of one letter in the middle of the record's body on line <paramref name="line"/>:
    /// the line still reads as JSON, and its text is silently different, which only a checksum (or
    /// the version, for a line of the first format) can tell.
    /// </summary>
    public static void FlipLetter(string path, int line)
    {
        var bytes = File.ReadAllBytes(path);
        var (start, length) = Line(bytes, line);
        var body = bytes.AsSpan(start, length).IndexOf("\"body\":\""u8) + start + 8;
        // A quote inside a JSON string is written \u0022, so the next quote ends the body.
        var end = Array.IndexOf(bytes, (byte)'"', body);
        var at = body + ((end - body) / 2);
        // Inside a word, so never the letter of an escape such as \n.
        while (!(char.IsAsciiLetter((char)bytes[at - 1]) && char.IsAsciiLetter((char)bytes[at]) && char.IsAsciiLetter((char)bytes[at + 1])))
        {
            at++;
        }

        bytes[at] ^= 0x20;
        File.WriteAllBytes(path, bytes);
    }

    /// <summary>Changes one byte at <paramref name="offset"/> from the end of line <paramref name="line"/> (1 is its last byte) to <paramref name="value"/>.</summary>
    public static void SetByteFromEnd(string path, int line, int offset, byte value)
    {
        var bytes = File.ReadAllBytes(path);
        var (start, length) = Line(bytes, line);
        bytes[start + length - offset] = value;
        File.WriteAllBytes(path, bytes);
    }
}
