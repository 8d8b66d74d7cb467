namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// Words as a researcher types them, and words as the harness counts them. Typed words never
/// carry our query syntax: punctuation around a word is dropped (nobody types the comma after a
/// word), characters our parser reads as syntax split the word, and capitalised AND, OR and NOT,
/// which our parser reads as operators, are lowercased (FTS5 reads them as words in quotes, and
/// both engines match words regardless of case). Counted words are runs of letters and digits,
/// lowercased: the finest split either engine's tokenizer makes.
/// </summary>
internal static class ResearcherWords
{
    // Our parser reads these as syntax inside a word (a phrase, a group, a field, a range, a boost,
    // a fuzzy mark, a wildcard, an escape, NOT, AND/OR); a slash or a hyphen inside a word is read
    // as a character (QueryTextRewrites.EscapeSlashes; Lucene's term grammar), so those stay.
    private static readonly char[] Syntax = ['"', '(', ')', ':', '[', ']', '{', '}', '^', '~', '*', '?', '\\', '!', '&', '|'];

    /// <summary>The words of <paramref name="text"/> as typed.</summary>
    public static IReadOnlyList<string> Of(string text) =>
        text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)
            .SelectMany(token => token.Split(Syntax, StringSplitOptions.RemoveEmptyEntries))
            .Select(Trimmed)
            .Where(word => word.Length > 0)
            .Select(AsTyped)
            .ToArray();

    /// <summary>The word without the punctuation around it: <c>(Lovett),</c> → <c>Lovett</c>, <c>U.S.</c> → <c>U.S</c>.</summary>
    public static string Trimmed(string token)
    {
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetterOrDigit(token[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetterOrDigit(token[end - 1]))
        {
            end--;
        }

        return token[start..end];
    }

    /// <summary>AND, OR and NOT in capitals are operators to our parser: typed in lower case, they are words.</summary>
    public static string AsTyped(string word) => word is "AND" or "OR" or "NOT" ? word.ToLowerInvariant() : word;

    /// <summary>True when <paramref name="word"/> is one run of letters or digits.</summary>
    public static bool IsRun(string word) => word.Length > 0 && word.All(char.IsLetterOrDigit);

    /// <summary>The runs of letters and digits of <paramref name="text"/>, in order, lowercased unless <paramref name="lowercase"/> is false.</summary>
    public static List<string> Runs(string text, bool lowercase = true)
    {
        var runs = new List<string>();
        var start = -1;
        for (var i = 0; i <= text.Length; i++)
        {
            var inRun = i < text.Length && char.IsLetterOrDigit(text[i]);
            if (inRun && start < 0)
            {
                start = i;
            }
            else if (!inRun && start >= 0)
            {
                runs.Add(lowercase ? text[start..i].ToLowerInvariant() : text[start..i]);
                start = -1;
            }
        }

        return runs;
    }

    /// <summary>
    /// The runs of <paramref name="text"/> as written (the same sequence as <see cref="Runs"/>,
    /// not lowercased), each marked whether a researcher would type it as a word of its own: a
    /// whitespace-separated word that, without the punctuation around it, is one run. The runs of
    /// <c>U.S.</c>, <c>don't</c> or <c>S–2202</c> are not: typed whole, the engines read such a
    /// word as one token or several, so a run through it is not what a researcher would type.
    /// </summary>
    public static List<(string Run, bool Typeable)> TypeableRuns(string text)
    {
        var runs = new List<(string, bool)>();
        foreach (var token in text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries))
        {
            var word = Trimmed(token);
            if (IsRun(word))
            {
                runs.Add((word, true));
                continue;
            }

            runs.AddRange(Runs(word).Select(_ => ("", false)));
        }

        return runs;
    }
}
