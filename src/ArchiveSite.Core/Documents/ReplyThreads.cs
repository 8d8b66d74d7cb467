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
        // A letter's facts read its whole text (the dates and phrases of its body): on every core.
        var read = documents.AsParallel().AsOrdered()
            .Select(document => (Document: document, Facts: FactsOf(document, names)))
            .Where(d => d.Facts is not null)
            .Select(d => (d.Document, Facts: d.Facts!))
            .ToArray();
        var textOf = new Dictionary<LetterFacts, ArchiveDocument>(ReferenceEqualityComparer.Instance);
        foreach (var (document, facts) in read)
        {
            textOf.Add(facts, document);
        }

        return Infer(read.Select(d => d.Facts).ToArray(), facts => textOf[facts]);
    }

    /// <summary>
    /// Every answer among <paramref name="letters"/>, one at most per answering letter, in their
    /// order. <paramref name="textOf"/> gives a letter's record when a close call needs its words,
    /// so a caller holding only the facts of a large corpus reads those few texts again; it is
    /// called from several threads, at most once for each letter.
    /// </summary>
    public static IReadOnlyList<ReplyLink> Infer(IReadOnlyList<LetterFacts> letters, Func<LetterFacts, ArchiveDocument> textOf)
    {
        // Originals by (recipient, sender), in order of their last day: an answer looks itself up
        // by (its sender, its recipient) and takes the originals of the window before it, not every
        // letter of a busy channel (an embassy and the Department of State write thousands).
        var byRecipientAndSender = new Dictionary<(string, string), List<(int End, int Order, LetterFacts Letter)>>();
        for (var order = 0; order < letters.Count; order++)
        {
            var letter = letters[order];
            foreach (var pair in Pairs(letter.Who.Recipients, letter.Who.Senders))
            {
                if (!byRecipientAndSender.TryGetValue(pair, out var list))
                {
                    byRecipientAndSender[pair] = list = [];
                }

                list.Add((letter.Date.End.DayNumber, order, letter));
            }
        }

        foreach (var list in byRecipientAndSender.Values)
        {
            list.Sort((a, b) => a.End != b.End ? a.End.CompareTo(b.End) : a.Order.CompareTo(b.Order));
        }

        // Each answer is decided alone, so they are decided on every core.
        var words = new LetterWords(textOf);
        return letters.AsParallel().AsOrdered().Select(reply =>
        {
            // Of each channel in turn, the originals in the letters' order, as a walk over all of them would meet them.
            var candidates = Pairs(reply.Who.Senders, reply.Who.Recipients)
                .SelectMany(pair => InWindow(byRecipientAndSender.GetValueOrDefault(pair), reply.Date))
                .DistinctBy(original => original.Id)
                .ToArray();
            return candidates.Length > 0 ? Answer(reply, candidates, words) : null;
        }).OfType<ReplyLink>().ToArray();
    }

    /// <summary>The originals of <paramref name="channel"/> (sorted by last day) whose last day lies 1 to <see cref="WindowDays"/> days before <paramref name="reply"/>'s first, in the letters' order.</summary>
    private static IEnumerable<LetterFacts> InWindow(List<(int End, int Order, LetterFacts Letter)>? channel, ArchiveDate reply)
    {
        if (channel is null)
        {
            return [];
        }

        var (from, to) = (reply.Start.DayNumber - WindowDays, reply.Start.DayNumber - 1);
        int low = 0, high = channel.Count;
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (channel[middle].End < from)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        var inWindow = new List<(int End, int Order, LetterFacts Letter)>();
        for (var i = low; i < channel.Count && channel[i].End <= to; i++)
        {
            inWindow.Add(channel[i]);
        }

        return inWindow.OrderBy(c => c.Order).Select(c => c.Letter);
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
    private static ReplyLink? Answer(LetterFacts reply, IReadOnlyList<LetterFacts> candidates, LetterWords words)
    {
        Func<LetterFacts, int[]> wordsOf = words.Of;

        // A mention of an original's day points at that original: the strongest evidence.
        var dated = candidates.Where(original => Mentions(reply, original.Date)).ToArray();
        if (dated.Length > 0)
        {
            var original = Latest(reply, dated, c => c, wordsOf);
            return Link(reply, original, $"mentions its date, “{Collapse(MentionOf(original.Date, words.TextOf(reply)).Text)}”");
        }

        // A reply phrase says that the record answers something, not what. The latest original
        // is the likeliest; in a busy channel (several originals in the window) it is taken only
        // when it also shares the most words with the answer, so that two signals agree.
        if (reply.ReplyPhrase is not { } phrase)
        {
            return null;
        }

        var latest = Latest(reply, candidates, c => c, wordsOf);
        if (candidates.Count > 1)
        {
            var replyWords = wordsOf(reply);
            var shared = candidates.ToDictionary(c => c.Id, c => SharedWords(replyWords, wordsOf(c)), StringComparer.Ordinal);
            if (shared.Values.Max() > shared[latest.Id])
            {
                return null;
            }
        }

        return Link(reply, latest, $"says “{Collapse(phrase)}”");
    }

    /// <summary>The latest of <paramref name="candidates"/>; of originals of one day, the one sharing most words with the answer.</summary>
    private static T Latest<T>(LetterFacts reply, IReadOnlyList<T> candidates, Func<T, LetterFacts> letter, Func<LetterFacts, int[]> wordsOf)
    {
        var end = candidates.Max(c => letter(c).Date.End);
        var tied = candidates.Where(c => letter(c).Date.End == end).ToArray();
        if (tied.Length == 1)
        {
            return tied[0];
        }

        var words = wordsOf(reply);
        return tied
            .OrderByDescending(c => SharedWords(words, wordsOf(letter(c))))
            .ThenBy(c => letter(c).Id, StringComparer.Ordinal)
            .First();
    }

    private static ReplyLink Link(LetterFacts reply, LetterFacts original, string evidence) =>
        new(reply.Id, original.Id, Reason(reply, original, evidence));

    /// <summary>"Joseph Stalin writes to Kim Il Sung 3 days after Kim Il Sung's message to Joseph Stalin, and says …".</summary>
    private static string Reason(LetterFacts reply, LetterFacts original, string evidence)
    {
        // The names as the answer writes them, of the first pair that makes the correspondents reversed.
        var (from, to) = reply.Who.Senders
            .SelectMany(sender => reply.Who.Recipients.Select(recipient => (sender, recipient)))
            .First(p => Contains(original.Who.Recipients, p.sender) && Contains(original.Who.Senders, p.recipient));
        var days = DaysBetween(original.Date, reply.Date);
        var after = days == 1 ? "the day after" : $"{days} days after";
        return $"{Capitalize(from)} writes to {to} {after} {to}'s message to {from}, and {evidence}.";
    }

    /// <summary>True when <paramref name="reply"/> mentions the original's day; only a date to the day is evidence.</summary>
    private static bool Mentions(LetterFacts reply, ArchiveDate original) =>
        original.Precision == DatePrecision.Day && !original.IsRange && Array.BinarySearch(reply.MentionedDays, original.Start.DayNumber) >= 0;

    /// <summary>
    /// The first mention in <paramref name="reply"/>'s body of the original's day, as written: read
    /// again from the text for the link's reason (the facts keep only the days), once a link.
    /// </summary>
    private static MentionedDate MentionOf(ArchiveDate original, ArchiveDocument reply) =>
        MentionedDates.Find(reply.Body, reply.Date).First(m => m.Precision == DatePrecision.Day && m.Start == original.Start);

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

    /// <summary>How many words two letters share: both are sorted word numbers (<see cref="LetterWords"/>).</summary>
    private static int SharedWords(int[] words, int[] other)
    {
        int i = 0, j = 0, shared = 0;
        while (i < words.Length && j < other.Length)
        {
            var order = words[i].CompareTo(other[j]);
            shared += order == 0 ? 1 : 0;
            i += order <= 0 ? 1 : 0;
            j += order >= 0 ? 1 : 0;
        }

        return shared;
    }

    /// <summary>
    /// The words of five letters or more in each letter's title, summary and body, lowercased (what a
    /// close call between two originals compares), read once a letter and kept as sorted numbers
    /// into a vocabulary of one inference: exact, and a small fraction of the memory of the strings,
    /// for the tens of thousands of letters of a large corpus's busy channels.
    /// </summary>
    private sealed class LetterWords(Func<LetterFacts, ArchiveDocument> textOf)
    {
        private readonly System.Collections.Concurrent.ConcurrentDictionary<string, int> _vocabulary = new(StringComparer.Ordinal);
        private readonly System.Collections.Concurrent.ConcurrentDictionary<LetterFacts, Lazy<int[]>> _letters = new(ReferenceEqualityComparer.Instance);
        private int _words;

        public int[] Of(LetterFacts letter) => _letters.GetOrAdd(letter, l => new Lazy<int[]>(() => Read(textOf(l)))).Value;

        /// <summary>The letter's record, read again (not kept).</summary>
        public ArchiveDocument TextOf(LetterFacts letter) => textOf(letter);

        private int[] Read(ArchiveDocument document)
        {
            var numbers = WordRegex().Matches($"{document.Title} {document.Summary} {document.Body}")
                .Select(m => _vocabulary.GetOrAdd(m.Value.ToLowerInvariant(), _ => Interlocked.Increment(ref _words)))
                .Distinct()
                .ToArray();
            Array.Sort(numbers);
            return numbers;
        }
    }

    /// <summary>
    /// True for a record that can take part in a thread: dated, with senders and recipients. Only
    /// these are compared, so an index updated in place re-infers threads from these records alone.
    /// </summary>
    public static bool IsLetter(ArchiveDocument document, NameAuthority names) => IsLetter(document, Correspondents.FromTitle(document.Title, names));

    /// <inheritdoc cref="IsLetter(ArchiveDocument, NameAuthority)"/>
    public static bool IsLetter(ArchiveDocument document, Correspondents who) => document.Date is not null && who.Senders.Count > 0 && who.Recipients.Count > 0;

    /// <summary>What inference needs of a letter (<see cref="LetterFacts"/>), or null for a record that is not one.</summary>
    public static LetterFacts? FactsOf(ArchiveDocument document, NameAuthority names) => FactsOf(document, Correspondents.FromTitle(document.Title, names));

    /// <inheritdoc cref="FactsOf(ArchiveDocument, NameAuthority)"/>
    public static LetterFacts? FactsOf(ArchiveDocument document, Correspondents who)
    {
        if (!IsLetter(document, who))
        {
            return null;
        }

        // Only a mention to the day can name an original's day (Mentions); the first reply phrase is the evidence quoted.
        var days = MentionedDates.Find(document.Body, document.Date).Where(m => m.Precision == DatePrecision.Day).Select(m => m.Start.DayNumber).Distinct().ToArray();
        Array.Sort(days);
        var phrase = ReplyPhraseRegex().Match(document.Body);
        return new LetterFacts(document.Id, document.Date!, who, days, phrase.Success ? phrase.Value : null);
    }
}

/// <summary>
/// What inferring reply links needs of one letter, without its text: small enough to keep for
/// every letter of a large corpus while the corpus itself is read, indexed and let go. The words
/// a close call compares are not kept: <see cref="ReplyThreads.Infer(IReadOnlyList{LetterFacts}, Func{LetterFacts, ArchiveDocument})"/> asks for the record again.
/// </summary>
/// <param name="Id">The record's id.</param>
/// <param name="Date">Its date.</param>
/// <param name="Who">Its senders and recipients (both present).</param>
/// <param name="MentionedDays">The days its body mentions by a date to the day, as day numbers, sorted (a mention as written is read again for a link's reason).</param>
/// <param name="ReplyPhrase">The first phrase of its body that says it answers something ("your telegram"), if any.</param>
public sealed record LetterFacts(string Id, ArchiveDate Date, Correspondents Who, int[] MentionedDays, string? ReplyPhrase);
