using System.Text.RegularExpressions;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// Infers which record answers which, from the records alone. Record B answers record A when all
/// three hold:
/// <list type="number">
/// <item>the correspondents are reversed: one of B's senders is one of A's recipients and one of
/// B's recipients is one of A's senders (<see cref="Correspondents.FromTitle"/>; the sender and
/// addressee of a transmitted message count, so Kim Il Sung's message to Stalin, sent on by
/// Shtykov to Gromyko, is answered by Stalin's telegram to Kim Il Sung);</item>
/// <item>B is dated after A, at most <see cref="WindowDays"/> days after A's last day, and not on
/// the same day (two records of one day cannot be ordered by their dates);</item>
/// <item>B's text says it answers something: a reply phrase ("your telegram", "received your",
/// "in reply to") or a mention of A's date (<see cref="MentionedDates"/>).</item>
/// </list>
/// Of several such A, B answers the latest whose date it mentions (of one day: the one sharing
/// most words with B). With a reply phrase only, B answers the latest A, but where several A lie
/// in the window (a busy channel such as an embassy and the Department of State) only if that
/// latest A also shares the most words with B; otherwise no link is made. Each record answers at most one, so the links form trees: a thread
/// is every record reachable from one first message. The rule prefers missing a link to inventing
/// one: the reason is shown beside every link so a researcher can judge it.
/// </summary>
public static partial class ReplyThreads
{
    /// <summary>How many days after the original an answer may be dated.</summary>
    public const int WindowDays = 31;

    // The phrases of an answer, longest first so the quoted evidence is the whole phrase. A bare
    // "in reply to" is left out: reports of conversations use it of anyone's question.
    private const string Writing = @"(?:telegram|letter|message|note|cable|wire|memorandum|communication)s?\b";

    [GeneratedRegex(
        @"\b(?:(?:I|we)\s+(?:have\s+)?)?received\s+your\s+(?:[\w-]+\s+){0,2}?" + Writing +
        @"|\bin\s+(?:reply|answer|response)\s+to\s+your\s+(?:[\w-]+\s+){0,2}?" + Writing +
        @"|\byour\s+(?:[\w-]+\s+)?" + Writing,
        RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex ReplyPhraseRegex();

    [GeneratedRegex(@"\p{L}{5,}", RegexOptions.CultureInvariant)]
    private static partial Regex WordRegex();

    /// <summary>Every answer among <paramref name="documents"/>, one at most per answering record, in the order of the documents.</summary>
    public static IReadOnlyList<ReplyLink> Infer(IEnumerable<ArchiveDocument> documents, NameAuthority names)
    {
        var letters = documents
            .Where(d => d.Date is not null)
            .Select(d => new Letter(d, Correspondents.FromTitle(d.Title, names)))
            .Where(l => l.IsComplete)
            .ToArray();

        // Originals by (recipient, sender): an answer looks itself up by (its sender, its recipient).
        var byRecipientAndSender = new Dictionary<(string, string), List<Letter>>();
        foreach (var letter in letters)
        {
            foreach (var pair in Pairs(letter.Who.Recipients, letter.Who.Senders))
            {
                if (!byRecipientAndSender.TryGetValue(pair, out var list))
                {
                    byRecipientAndSender[pair] = list = [];
                }

                list.Add(letter);
            }
        }

        var links = new List<ReplyLink>();
        foreach (var reply in letters)
        {
            var candidates = Pairs(reply.Who.Senders, reply.Who.Recipients)
                .SelectMany(pair => byRecipientAndSender.GetValueOrDefault(pair) ?? [])
                .Where(original => DaysBetween(original.Document.Date!, reply.Document.Date!) is >= 1 and <= WindowDays)
                .DistinctBy(original => original.Document.Id)
                .ToArray();
            if (candidates.Length > 0 && Answer(reply, candidates) is { } link)
            {
                links.Add(link);
            }
        }

        return links;
    }

    /// <summary>
    /// The first message of the thread of every record that is in one (answers or is answered), by
    /// id: records of one thread share it, so a thread is one lookup.
    /// </summary>
    public static IReadOnlyDictionary<string, string> ThreadRoots(IReadOnlyCollection<ReplyLink> links)
    {
        var parent = links.ToDictionary(l => l.ReplyId, l => l.OriginalId, StringComparer.Ordinal);
        var roots = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var id in links.SelectMany(l => new[] { l.ReplyId, l.OriginalId }))
        {
            // An answer is always later than what it answers, so following parents ends.
            var root = id;
            while (parent.TryGetValue(root, out var up))
            {
                root = up;
            }

            roots[id] = root;
        }

        return roots;
    }

    /// <summary>Days from the original's last day to the answer's first (0 for the same day, negative for earlier).</summary>
    internal static int DaysBetween(ArchiveDate original, ArchiveDate reply) => reply.Start.DayNumber - original.End.DayNumber;

    /// <summary>Which of <paramref name="candidates"/> (reversed correspondents, in the window) <paramref name="reply"/> answers, if its text gives evidence.</summary>
    private static ReplyLink? Answer(Letter reply, IReadOnlyList<Letter> candidates)
    {
        // A mention of an original's day points at that original: the strongest evidence.
        var mentioned = MentionedDates.Find(reply.Document.Body, reply.Document.Date);
        var dated = candidates
            .Select(original => (original, date: MentionOf(original.Document.Date!, mentioned)))
            .Where(c => c.date is not null)
            .ToArray();
        if (dated.Length > 0)
        {
            var (original, date) = Latest(reply, dated, c => c.original);
            return Link(reply, original, $"mentions its date, “{Collapse(date!.Text)}”");
        }

        // A reply phrase says that the record answers something, not what. The latest original
        // is the likeliest; in a busy channel (several originals in the window) it is taken only
        // when it also shares the most words with the answer, so that two signals agree.
        var phrase = ReplyPhraseRegex().Match(reply.Document.Body);
        if (!phrase.Success)
        {
            return null;
        }

        var latest = Latest(reply, candidates, c => c);
        if (candidates.Count > 1)
        {
            var words = Words(reply.Document);
            var shared = candidates.ToDictionary(c => c.Document.Id, c => SharedWords(words, c.Document), StringComparer.Ordinal);
            if (shared.Values.Max() > shared[latest.Document.Id])
            {
                return null;
            }
        }

        return Link(reply, latest, $"says “{Collapse(phrase.Value)}”");
    }

    /// <summary>The latest of <paramref name="candidates"/>; of originals of one day, the one sharing most words with the answer.</summary>
    private static T Latest<T>(Letter reply, IReadOnlyList<T> candidates, Func<T, Letter> letter)
    {
        var end = candidates.Max(c => letter(c).Document.Date!.End);
        var tied = candidates.Where(c => letter(c).Document.Date!.End == end).ToArray();
        if (tied.Length == 1)
        {
            return tied[0];
        }

        var words = Words(reply.Document);
        return tied
            .OrderByDescending(c => SharedWords(words, letter(c).Document))
            .ThenBy(c => letter(c).Document.Id, StringComparer.Ordinal)
            .First();
    }

    private static ReplyLink Link(Letter reply, Letter original, string evidence) =>
        new(reply.Document.Id, original.Document.Id, Reason(reply, original, evidence));

    /// <summary>"Joseph Stalin writes to Kim Il Sung 3 days after Kim Il Sung's message to Joseph Stalin, and says …".</summary>
    private static string Reason(Letter reply, Letter original, string evidence)
    {
        // The names as the answer writes them, of the first pair that makes the correspondents reversed.
        var (from, to) = reply.Who.Senders
            .SelectMany(sender => reply.Who.Recipients.Select(recipient => (sender, recipient)))
            .First(p => Contains(original.Who.Recipients, p.sender) && Contains(original.Who.Senders, p.recipient));
        var days = DaysBetween(original.Document.Date!, reply.Document.Date!);
        var after = days == 1 ? "the day after" : $"{days} days after";
        return $"{Capitalize(from)} writes to {to} {after} {to}'s message to {from}, and {evidence}.";
    }

    /// <summary>The mention in <paramref name="mentioned"/> that names the original's day; only a date to the day is evidence.</summary>
    private static MentionedDate? MentionOf(ArchiveDate original, IReadOnlyList<MentionedDate> mentioned) =>
        original.Precision == DatePrecision.Day && !original.IsRange
            ? mentioned.FirstOrDefault(m => m.Precision == DatePrecision.Day && m.Start == original.Start)
            : null;

    private static IEnumerable<(string, string)> Pairs(IReadOnlyList<string> first, IReadOnlyList<string> second) =>
        first.SelectMany(a => second.Select(b => (Normalize(a), Normalize(b)))).Distinct();

    private static bool Contains(IReadOnlyList<string> names, string name) => names.Any(n => Normalize(n) == Normalize(name));

    /// <summary>"the Department of State" and "Department of State" are one correspondent.</summary>
    private static string Normalize(string name)
    {
        var collapsed = Collapse(name).ToLowerInvariant();
        return collapsed.StartsWith("the ", StringComparison.Ordinal) ? collapsed[4..] : collapsed;
    }

    private static string Collapse(string text) => string.Join(' ', text.Split((char[])[' ', '\n', '\t', '\r'], StringSplitOptions.RemoveEmptyEntries));

    private static string Capitalize(string name) => name.Length > 0 && char.IsLower(name[0]) ? char.ToUpperInvariant(name[0]) + name[1..] : name;

    private static int SharedWords(HashSet<string> words, ArchiveDocument other) => Words(other).Count(words.Contains);

    private static HashSet<string> Words(ArchiveDocument document) =>
        WordRegex().Matches($"{document.Title} {document.Summary} {document.Body}").Select(m => m.Value.ToLowerInvariant()).ToHashSet(StringComparer.Ordinal);

    /// <summary>
    /// True for a record that can take part in a thread: dated, with senders and recipients. Only
    /// these are compared, so an index updated in place re-infers threads from these records alone.
    /// </summary>
    public static bool IsLetter(ArchiveDocument document, NameAuthority names) =>
        document.Date is not null && new Letter(document, Correspondents.FromTitle(document.Title, names)).IsComplete;

    private sealed record Letter(ArchiveDocument Document, Correspondents Who)
    {
        public bool IsComplete => Who.Senders.Count > 0 && Who.Recipients.Count > 0;
    }
}
