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

    [GeneratedRegex(@"^\s*(?:#{1,6}\s*)?(?<bold>\*\*|__|)\s*(?<name>[A-Za-z][A-Za-z ]*?)\s*(?::\s*\k<bold>|\k<bold>\s*:)\s*$",
        RegexOptions.CultureInvariant)]
    private static partial Regex HeadingRegex();

    /// <summary>True when <paramref name="line"/> is the heading <paramref name="name"/>.</summary>
    public static bool IsHeading(string line, string name)
    {
        var match = HeadingRegex().Match(line);
        return match.Success && string.Equals(match.Groups["name"].Value, name, StringComparison.OrdinalIgnoreCase);
    }

    /// <summary>True when the heading is written in bold, the mark of the Markdown variant.</summary>
    public static bool IsBold(string line)
    {
        var match = HeadingRegex().Match(line);
        return match.Success && match.Groups["bold"].Success && match.Groups["bold"].Length > 0;
    }
}
