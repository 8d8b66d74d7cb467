using System.Text.RegularExpressions;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Citations;

/// <summary>
/// Who wrote a record to whom, as its citations name them: the sender is the author and the
/// addressee the recipient, read once from the title (<see cref="Correspondents.OfDocument"/>,
/// so a message the record transmits does not make its writer an author). A record whose title
/// names no sender has no author: none is invented.
/// </summary>
/// <param name="Authors">Who sent it.</param>
/// <param name="Recipients">To whom.</param>
/// <param name="Intermediaries">Through whom ("via").</param>
/// <param name="Kind">What the record is, in lower case as a citation describes it (<c>telegram</c>,
/// <c>memorandum</c>, <c>circular telegram 1665</c>), when the title says so before its sender.</param>
public sealed partial record Correspondence(
    IReadOnlyList<CitationName> Authors,
    IReadOnlyList<CitationName> Recipients,
    IReadOnlyList<CitationName> Intermediaries,
    string? Kind)
{
    // The words before the sender, when they are few and say only what the document is
    // ("Telegram", "Circular Airgram A-11", "Backchannel Message HAKTO 9").
    [GeneratedRegex(@"^(?:No\.\s*\d+\s+)?(?<kind>[^,;:]+?)\s+(?:from|form|by)\s", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex KindRegex();

    // The words of document kinds, lowered in a citation ("telegram", "intelligence note 195");
    // any other word keeps its capitals: series names ("Secto", "HAKTO") and numbers ("A-11").
    private static readonly HashSet<string> KindWords = new(StringComparer.OrdinalIgnoreCase)
    {
        "Action", "Aide-Mémoire", "Aide-Memoire", "Airgram", "Background", "Backchannel", "Brief", "Briefing", "Cable", "Ciphered",
        "Circular", "Communication", "Copy", "Despatch", "Dispatch", "Draft", "Extract", "Highlights", "Informal", "Information",
        "Instruction", "Instructions", "Intelligence", "Letter", "Letters", "Memorandum", "Message", "Messages", "Note", "Oral",
        "Paper", "Report", "Research", "Revised", "Statement", "Summary", "Telegram", "Telegrams",
    };

    /// <summary>No correspondents: the citations name no author.</summary>
    public static Correspondence None { get; } = new([], [], [], null);

    /// <summary>The correspondence of a record, its names as the names authority gives them.</summary>
    public static Correspondence Of(ArchiveDocument document, NameAuthority names)
    {
        var correspondents = Correspondents.OfDocument(document.Title, names);
        if (correspondents.Senders.Count == 0)
        {
            return None;
        }

        IReadOnlyList<CitationName> Names(IReadOnlyList<string> list) => list.Select(n => CitationName.Of(n, names)).ToArray();
        return new Correspondence(Names(correspondents.Senders), Names(correspondents.Recipients), Names(correspondents.Intermediaries), KindOf(document.Title));
    }

    /// <summary>What the title says the record is, before its sender; null when it does not say it in a few words.</summary>
    internal static string? KindOf(string title)
    {
        var match = KindRegex().Match(title);
        if (!match.Success)
        {
            return null;
        }

        var words = match.Groups["kind"].Value.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length > 6 ? null : string.Join(" ", words.Select(w => KindWords.Contains(w) ? w.ToLowerInvariant() : w));
    }
}
