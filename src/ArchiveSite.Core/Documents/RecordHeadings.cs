using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Recognises a section heading line in either variant: <c>Citation:</c> or <c>**Citation:**</c>
/// (also <c>**Citation**:</c>, <c>## Citation:</c>, any case, trailing spaces).
/// </summary>
public static partial class RecordHeadings
{
    /// <summary>The sections every record has, in the order it has them. The body follows the last.</summary>
    public static readonly IReadOnlyList<string> Required = ["Citation", "Summary", "Original Language", "Contents"];

    // Matched against the trimmed line. Every run of white space is atomic and the name is words
    // joined by single spaces, so no two loops can trade the same characters: a hostile line (a
    // name followed by 100,000 spaces, say) is read in linear time. The earlier pattern,
    // ^\s*(?:#{1,6}\s*)?(?<bold>…)\s*(?<name>[A-Za-z][A-Za-z ]*?)\s*…\s*$, let adjacent loops
    // share white space and took minutes on such a line (tests/fuzz/regressions/).
    [GeneratedRegex(@"^(?>#{1,6}\s*)?(?<bold>\*\*|__|)(?>\s*)(?<name>[A-Za-z]+(?: [A-Za-z]+)*)(?>\s*)(?::(?>\s*)\k<bold>|\k<bold>(?>\s*):)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex HeadingRegex();

    /// <summary>True when <paramref name="line"/> is the heading <paramref name="name"/>.</summary>
    public static bool IsHeading(string line, string name)
    {
        var match = HeadingRegex().Match(line.Trim());
        return match.Success && string.Equals(match.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the heading is written in bold, the mark of the Markdown variant.</summary>
    public static bool IsBold(string line)
    {
        var match = HeadingRegex().Match(line.Trim());
        return match.Success && match.Groups["bold"].Success && match.Groups["bold"].Length > 0;
    }
}
