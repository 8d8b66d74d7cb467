using System.Text;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>
/// The advanced search form's fields, composed into one query in the site's syntax (what a
/// researcher could have typed into the search box). Every field is optional. What the researcher
/// typed is searched as words: characters that are query syntax are escaped with a backslash,
/// except the syntax a researcher means in a list of words: "quoted phrases" and the wildcards
/// <c>*</c> and <c>?</c> after a word's first letter. A lone quotation mark is dropped.
/// </summary>
/// <param name="AllWords">All of these words must match.</param>
/// <param name="ExactPhrase">This exact phrase must match.</param>
/// <param name="AnyWords">At least one of these words must match.</param>
/// <param name="NoneWords">None of these words may match.</param>
/// <param name="Field">Where the words are searched: a value of <see cref="FieldChoices"/>; empty or unknown for anywhere.</param>
/// <param name="Reference">An archival reference such as <c>Fond 45, Delo 347</c>, searched anywhere.</param>
/// <param name="Person">A person's name in any spelling, searched anywhere.</param>
public sealed record AdvancedQuery(
    string? AllWords = null,
    string? ExactPhrase = null,
    string? AnyWords = null,
    string? NoneWords = null,
    string? Field = null,
    string? Reference = null,
    string? Person = null)
{
    /// <summary>The value of "anywhere" in <see cref="FieldChoices"/>.</summary>
    public const string Anywhere = "anywhere";

    /// <summary>The places words may be searched, as form values and labels; the values other than anywhere are field prefixes.</summary>
    public static readonly IReadOnlyList<(string Value, string Label)> FieldChoices =
    [
        (Anywhere, "Anywhere in the document"),
        ("title", "Title"),
        ("summary", "Summary"),
        ("text", "Text"),
        ("citation", "Citation"),
    ];

    // Query syntax anywhere in a word; '+', '-' and '!' only at its start, where they are operators
    // ("MIG-15" is one word), and '*' and '?' only at its start, where they would be a leading wildcard.
    private const string SyntaxCharacters = "\\()[]{}^~:/&|\"";
    private const string LeadingSyntaxCharacters = "+-!*?";

    /// <summary>True when words are to be found: some field other than "none of these words" is filled in.</summary>
    public bool HasWordsToFind => new[] { AllWords, ExactPhrase, AnyWords, Reference, Person }.Any(Filled);

    /// <summary>True when only "none of these words" is filled in: a query that can match nothing.</summary>
    public bool IsOnlyExclusions => !HasWordsToFind && Filled(NoneWords);

    /// <summary>
    /// The query in the site's syntax, e.g. <c>pilots "jet fighter" (Manchuria OR China) Fond 45 "Kim Il Sung" NOT bomber</c>;
    /// empty when no field is filled in. A chosen field prefixes every word and phrase
    /// (<c>title:pilots</c>), so names among them stay words in that field.
    /// </summary>
    public string ToQueryString()
    {
        var prefix = FieldChoices.Any(c => c.Value != Anywhere && c.Value == Field?.Trim().ToLowerInvariant())
            ? Field!.Trim().ToLowerInvariant() + ":"
            : "";
        var parts = new List<string>();
        parts.AddRange(Terms(AllWords).Select(t => prefix + t));
        if (Filled(ExactPhrase))
        {
            parts.Add(prefix + Phrase(ExactPhrase!));
        }

        var any = Terms(AnyWords).Select(t => prefix + t).ToArray();
        if (any.Length > 0)
        {
            parts.Add(any.Length == 1 ? any[0] : $"({string.Join(" OR ", any)})");
        }

        // Shorthand such as "Fond 45" or "f. 45" is read by the query translator, so the reference stays words.
        parts.AddRange(Terms(Reference));
        if (Filled(Person))
        {
            // A phrase that is exactly a known name searches the person in every spelling.
            parts.Add(Phrase(Person!));
        }

        parts.AddRange(Terms(NoneWords).Select(t => "NOT " + prefix + t));
        return string.Join(' ', parts);
    }

    private static bool Filled(string? value) => !string.IsNullOrWhiteSpace(value);

    /// <summary>The words and "phrases" of a list, each ready for the query; a lone quotation mark is dropped.</summary>
    private static IEnumerable<string> Terms(string? text)
    {
        if (!Filled(text))
        {
            yield break;
        }

        var pieces = text!.Split('"');
        var closed = pieces.Length % 2 == 1; // an even number of quotation marks
        for (var i = 0; i < pieces.Length; i++)
        {
            var insideQuotes = i % 2 == 1 && (closed || i < pieces.Length - 1);
            if (insideQuotes)
            {
                if (Filled(pieces[i]))
                {
                    yield return Phrase(pieces[i]);
                }

                continue;
            }

            foreach (var word in pieces[i].Split((char[])[' ', '\t', '\r', '\n', '\u3000'], StringSplitOptions.RemoveEmptyEntries))
            {
                yield return Word(word);
            }
        }
    }

    /// <summary>A phrase in quotation marks; quotation marks inside it are dropped, backslashes escaped.</summary>
    private static string Phrase(string text)
    {
        var words = text.Replace('"', ' ').Replace("\\", "\\\\", StringComparison.Ordinal)
            .Split((char[])[' ', '\t', '\r', '\n'], StringSplitOptions.RemoveEmptyEntries);
        return $"\"{string.Join(' ', words)}\"";
    }

    /// <summary>One word with its query syntax escaped; AND, OR and NOT are words here, not operators.</summary>
    private static string Word(string word)
    {
        if (word is "AND" or "OR" or "NOT")
        {
            return "\\" + word;
        }

        var escaped = new StringBuilder(word.Length + 4);
        for (var i = 0; i < word.Length; i++)
        {
            var c = word[i];
            if (SyntaxCharacters.Contains(c, StringComparison.Ordinal) || (i == 0 && LeadingSyntaxCharacters.Contains(c, StringComparison.Ordinal)))
            {
                escaped.Append('\\');
            }

            escaped.Append(c);
        }

        return escaped.ToString();
    }
}
