using System.Text.RegularExpressions;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Who wrote to whom, read from a title such as "Telegram from Stalin to Kim Il Sung, via Shtykov"
/// or "Telegram from Shtykov to Gromyko, transmitting … message from Kim Il Sung to Stalin".
/// A transmitted message adds its own sender and recipient. Names the authority knows are given
/// in their preferred form, so "Kim II Sung" and "Kim Il Sung" are one correspondent.
/// </summary>
/// <param name="Senders">Who a message is from.</param>
/// <param name="Recipients">Who it is to.</param>
/// <param name="Intermediaries">Who it went through ("via").</param>
public sealed partial record Correspondents(IReadOnlyList<string> Senders, IReadOnlyList<string> Recipients, IReadOnlyList<string> Intermediaries)
{
    // "form" is in the pattern because a real title has the typo ("message form Kim Il Sung to Stalin").
    [GeneratedRegex(@"\b(?:from|form)\s+(?<from>.+?)\s+to\s+(?<to>.+?)(?=\s*(?:,|;|\btransmitting\b|\bvia\b|\bregarding\b|\bon\b|\babout\b|$))(?:\s*,?\s*via\s+(?<via>[^,;]+))?",
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromToRegex();

    /// <summary>No correspondents: a title that names none.</summary>
    public static Correspondents None { get; } = new([], [], []);

    /// <summary>Reads the correspondents of a title.</summary>
    public static Correspondents FromTitle(string title, NameAuthority names)
    {
        var senders = new List<string>();
        var recipients = new List<string>();
        var via = new List<string>();
        foreach (Match match in FromToRegex().Matches(title))
        {
            Add(senders, match.Groups["from"].Value, names);
            Add(recipients, match.Groups["to"].Value, names);
            if (match.Groups["via"].Success)
            {
                Add(via, match.Groups["via"].Value, names);
            }
        }

        return senders.Count == 0 && recipients.Count == 0 ? None : new Correspondents(senders, recipients, via);
    }

    private static void Add(List<string> list, string raw, NameAuthority names)
    {
        var name = raw.Trim().TrimEnd('.', ',', ';');
        if (name.Length == 0)
        {
            return;
        }

        // A name the authority knows, alone, is given in its preferred form.
        var mention = names.FindMentions(name).FirstOrDefault();
        if (mention is not null && mention.Length == name.Length)
        {
            name = mention.Person.Name;
        }

        if (!list.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(name);
        }
    }
}
