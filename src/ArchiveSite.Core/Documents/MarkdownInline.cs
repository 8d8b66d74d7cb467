using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Turns the short Markdown of a record's metadata lines (bold, autolinks, escapes, hard breaks)
/// into plain text. Deliberately small: metadata is never rendered as blocks, so a summary that
/// starts with "1." stays "1." instead of becoming a list item that loses its number.
/// </summary>
public static partial class MarkdownInline
{
    [GeneratedRegex(@"<(?<url>(?:https?|mailto):[^\s<>]+)>", RegexOptions.CultureInvariant)]
    private static partial Regex AutolinkRegex();

    [GeneratedRegex(@"(?<!\\)(?:\*\*|__)", RegexOptions.CultureInvariant)]
    private static partial Regex StrongMarkerRegex();

    [GeneratedRegex(@"\\(?<c>[!-/:-@\[-`{-~])", RegexOptions.CultureInvariant)]
    private static partial Regex EscapeRegex();

    [GeneratedRegex(@"^\s*(?:#{1,6}\s+|[-*+]\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex BlockMarkerRegex();

    /// <summary>One line of Markdown as plain text.</summary>
    public static string ToPlain(string line)
    {
        var text = line.TrimEnd();
        if (text.EndsWith('\\'))
        {
            text = text[..^1]; // a backslash hard break
        }

        text = BlockMarkerRegex().Replace(text, "");
        text = AutolinkRegex().Replace(text, m => m.Groups["url"].Value);
        text = StrongMarkerRegex().Replace(text, "");
        return EscapeRegex().Replace(text, m => m.Groups["c"].Value).Trim();
    }
}
