using System.Text.RegularExpressions;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Who wrote to whom, read from a title such as "Telegram from Stalin to Kim Il Sung, via Shtykov",
/// "Telegram From the Ambassador to Korea (Dowling) to the Department of State", or the older FRUS
/// heading "The Secretary of State to the Embassy in Canada". A transmitted message adds its own
/// sender and recipient. Names the authority knows are given in their preferred form, so "Kim II
/// Sung" and "Kim Il Sung" are one correspondent; any other name (an office, an institution, a
/// person the authority does not know) is kept as the title writes it.
/// </summary>
/// <param name="Senders">Who a message is from.</param>
/// <param name="Recipients">Who it is to.</param>
/// <param name="Intermediaries">Who it went through ("via").</param>
public sealed partial record Correspondents(IReadOnlyList<string> Senders, IReadOnlyList<string> Recipients, IReadOnlyList<string> Intermediaries)
{
    // "form" is in the pattern because a real title has the typo ("message form Kim Il Sung to
    // Stalin"); "en route from Mar del Plata to Bariloche" is a journey, not a letter.
    [GeneratedRegex(@"(?<!\broute\s+)\b(?:from|form)\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex FromRegex();

    // Older FRUS volumes head a document with its correspondents alone ("No. 517 The Ambassador in
    // Japan (Allison) to the Department of State"), or with its writer after "by" ("Memorandum by
    // the Executive Secretary (Lay) to the National Security Council").
    [GeneratedRegex(@"^(?:No\.\s*\d+\s+)?(?:(?=The\s)|(?:Memorandum|Note|Letter|Report|Special Report|Oral Statement)\s+by\s+)", RegexOptions.CultureInvariant)]
    private static partial Regex HeadingRegex();

    [GeneratedRegex(@"\s+to\s+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ToRegex();

    // What ends a correspondence for certain: the words that begin what the title says next.
    [GeneratedRegex(@"\s*(?:;|\b(?:transmitting|enclosing|via|from|form)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HardStopRegex();

    // What ends a recipient unless a person's name in parentheses follows: "the Commander,
    // Seventh Fleet (Kivette)" and "the Chairman of the Committee on Foreign Relations (Fulbright)"
    // are one recipient; "the Department of State, March 23, 1972" and "Kim Il Sung on pilots" end at the comma and at "on".
    [GeneratedRegex(@"\s*(?:,|\b(?:regarding|concerning|about|on)\b)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex SoftStopRegex();

    // FRUS names the holder of an office in parentheses after it: "(Dowling)", "(Kivette)".
    // A parenthesis with a digit ("(Secto 12)") or in lower case ("(received)") names nobody.
    [GeneratedRegex(@"\(\p{Lu}[^()\d]*\)", RegexOptions.CultureInvariant)]
    private static partial Regex HolderRegex();

    [GeneratedRegex(@"^\s*,?\s*via\s+(?<via>[^,;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ViaRegex();

    [GeneratedRegex(@"\b(?:transmitting|enclosing)\b", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex TransmittingRegex();

    // Offices whose names go on with "to": "the Ambassador to Korea (Dowling)", "the Mission to the
    // United Nations", "the Special Assistant to the President". The "to" after them is part of the
    // name, not the turn from sender to recipient.
    private static readonly HashSet<string> OfficesNamedWithTo = new(StringComparer.OrdinalIgnoreCase)
    {
        "Adviser", "Advisor", "Aide", "Ambassador", "Ambassador-Designate", "Assistant", "Attaché", "Commissioner", "Counsel",
        "Counselor", "Delegate", "Delegation", "Deputy", "Envoy", "Liaison", "Minister", "Mission", "Observer", "Representative",
    };

    /// <summary>No correspondents: a title that names none.</summary>
    public static Correspondents None { get; } = new([], [], []);

    /// <summary>Reads the correspondents of a title, a transmitted message's included.</summary>
    public static Correspondents FromTitle(string title, NameAuthority names) => Read(title, names, ownOnly: false);

    /// <summary>
    /// The correspondents of the document itself: those the title names before a message it
    /// transmits. "Telegram from Shtykov to Gromyko, transmitting … message form Kim Il Sung to
    /// Stalin" was written by Shtykov to Gromyko; Kim Il Sung wrote the message it carries.
    /// </summary>
    public static Correspondents OfDocument(string title, NameAuthority names) => Read(title, names, ownOnly: true);

    private static Correspondents Read(string title, NameAuthority names, bool ownOnly)
    {
        var senders = new List<string>();
        var recipients = new List<string>();
        var via = new List<string>();
        var transmitting = ownOnly && TransmittingRegex().Match(title) is { Success: true } t ? t.Index : title.Length;
        var heading = HeadingRegex().Match(title);
        var start = heading.Success ? heading.Length : NextFrom(title, 0);
        while (start >= 0 && start < transmitting)
        {
            var clause = Clause(title, start);
            if (clause is null)
            {
                start = NextFrom(title, start);
                continue;
            }

            var (from, to, through, end) = clause.Value;
            Add(senders, from, names);
            Add(recipients, to, names);
            if (through is not null)
            {
                Add(via, through, names);
            }

            start = NextFrom(title, end);
        }

        return senders.Count == 0 && recipients.Count == 0 ? None : new Correspondents(senders, recipients, via);
    }

    /// <summary>Where the next "from …" begins (after the word), at or after <paramref name="at"/>; -1 when none does.</summary>
    private static int NextFrom(string title, int at)
    {
        var match = FromRegex().Match(title, at);
        return match.Success ? match.Index + match.Length : -1;
    }

    /// <summary>
    /// The sender, recipient and intermediary of the correspondence whose sender begins at
    /// <paramref name="start"/>, and where it ends; null when no "to" turns sender into recipient.
    /// </summary>
    private static (string From, string To, string? Via, int End)? Clause(string title, int start)
    {
        var hardStop = HardStopRegex().Match(title, start);
        var limit = hardStop.Success ? hardStop.Index : title.Length;
        if (Turn(title, start, limit) is not { } turn)
        {
            return null;
        }

        var toStart = turn.Index + turn.Length;
        var toEnd = limit;
        var holder = HolderRegex().Match(title, toStart, limit - toStart);
        var softStop = SoftStopRegex().Match(title, toStart, limit - toStart);
        // The holder must follow the office itself, not a date written after it ("…, June 5, 1961 (Excerpt)").
        if (holder.Success && !title.AsSpan(toStart, holder.Index - toStart).ContainsAnyInRange('0', '9'))
        {
            toEnd = holder.Index + holder.Length;
        }
        else if (softStop.Success)
        {
            toEnd = softStop.Index;
        }

        var via = ViaRegex().Match(title[toEnd..]);
        return (title[start..turn.Index], title[toStart..toEnd], via.Success ? via.Groups["via"].Value : null,
            via.Success ? toEnd + via.Length : toEnd);
    }

    /// <summary>
    /// The "to" between sender and recipient, before <paramref name="limit"/>. FRUS names an
    /// office's holder in parentheses just before it ("the Ambassador to Korea (Dowling) to …"), so
    /// a "to" after a parenthesis is taken first; otherwise the first that does not continue an
    /// office's name ("the Mission to the United Nations to …").
    /// </summary>
    private static Match? Turn(string title, int start, int limit)
    {
        var candidates = ToRegex().Matches(title[..limit], start).Where(m => m.Index > start).ToArray();
        return candidates.FirstOrDefault(m => title[m.Index - 1] == ')')
            ?? candidates.FirstOrDefault(m => !OfficesNamedWithTo.Contains(LastWord(title[start..m.Index])));
    }

    private static string LastWord(string text) => text[(text.LastIndexOf(' ') + 1)..];

    private static void Add(List<string> list, string raw, NameAuthority names)
    {
        var name = raw.Trim().TrimEnd('.', ',', ';').Trim();
        if (name.Length == 0)
        {
            return;
        }

        // "The Secretary of State" heads an older FRUS document where a newer one writes "From the
        // Secretary of State": one correspondent.
        if (name.StartsWith("The ", StringComparison.Ordinal))
        {
            name = "the" + name[3..];
        }

        // A name the authority knows, alone, is given in its preferred form.
        if (names.Whole(name) is { } person)
        {
            name = person.Name;
        }

        if (!list.Contains(name, StringComparer.OrdinalIgnoreCase))
        {
            list.Add(name);
        }
    }
}
