using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// The number a sender gave a message in its own running series, when the record carries one: a
/// FRUS telegram begins its text with it, after the place and time it was sent ("*Washington,
/// December 8, 1955—7:33 p.m.*" then "1200. For Allison."), and a letter may name it in its title
/// ("Letter No. 14 from …"). Only these two forms are read: a FRUS heading's "No. 517" is the
/// volume's document number, and a cipher office's "CIPHERED TELEGRAM No. 75835" counts every
/// telegram the office handled, so neither says anything about one correspondence's sequence.
/// </summary>
public static partial class MessageNumber
{
    // "Letter No. 14", "telegram No. 7": a message's own number; a heading's leading "No. 517" has no such word before it.
    [GeneratedRegex(@"\b(?:letter|telegram|cable|message|note|dispatch|despatch)\s+No\.\s*(?<n>\d{1,6})\b",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TitleNumberRegex();

    [GeneratedRegex(@"\b(?:telegram|cable)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TelegramRegex();

    // FRUS style: the number, a full stop and the text ("1200. For Allison.", "791. Re: LINC 3631.").
    [GeneratedRegex(@"^(?<n>\d{1,5})\.\s+\S", RegexOptions.CultureInvariant)]
    private static partial Regex FirstLineNumberRegex();

    // A telegram's heading lines before its text: where and when it was sent ("Washington, December
    // 8, 1955—7:33 p.m."), its precedence ("Niact", "Priority"); short, and none begins with a number.
    [GeneratedRegex(@"^\D.{0,159}$", RegexOptions.CultureInvariant | RegexOptions.Singleline)]
    private static partial Regex HeadingLineRegex();

    /// <summary>How many short heading paragraphs may come before a telegram's numbered text.</summary>
    private const int HeadingParagraphs = 3;

    /// <summary>The message's number in its sender's series, or null when the record gives none in a form read here.</summary>
    public static int? Read(ArchiveDocument document) => Read(document.Title, document.Body);

    /// <inheritdoc cref="Read(ArchiveDocument)"/>
    public static int? Read(string title, string body)
    {
        if (TitleNumberRegex().Match(title) is { Success: true } titled)
        {
            return int.Parse(titled.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
        }

        // Only a telegram's first line is its number: a memorandum's "1." begins a list.
        if (!TelegramRegex().IsMatch(title))
        {
            return null;
        }

        var paragraphs = body.Split(["\n\n", "\r\n\r\n"], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        foreach (var paragraph in paragraphs.Take(HeadingParagraphs + 1))
        {
            var text = paragraph.Trim('*', '_', ' ');
            if (FirstLineNumberRegex().Match(text) is { Success: true } numbered)
            {
                var number = int.Parse(numbered.Groups["n"].Value, System.Globalization.CultureInfo.InvariantCulture);
                return number > 0 ? number : null;
            }

            if (!HeadingLineRegex().IsMatch(text))
            {
                return null;
            }
        }

        return null;
    }
}
