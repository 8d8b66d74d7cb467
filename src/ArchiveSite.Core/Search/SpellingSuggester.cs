using System.Globalization;
using System.Text;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Util;
using Lucene.Net.Util.Automaton;

namespace ArchiveSite.Core.Search;

/// <summary>
/// "Did you mean": replaces each word of a query that occurs nowhere in the archive, or in only a
/// handful of records while a near spelling fills far more (<c>Khruschev</c>, 3 records, beside
/// <c>Khrushchev</c>, 1,648: a misspelling that some records share is still a misspelling), with
/// the nearest word that does, drawn from the index's own vocabulary (the unstemmed
/// <see cref="IndexSchema.Spell"/> field, so the suggestion is a word as written, "pilots", not
/// the stem "pilot"). Lucene.Net.Suggest is not available; this is DirectSpellChecker's recipe
/// with core APIs: a Levenshtein automaton (<see cref="FuzzyTermsEnum"/>) walks the terms within
/// two edits, and the nearest wins, then the most frequent.
/// </summary>
internal static class SpellingSuggester
{
    /// <summary>
    /// The query with its misspelled words replaced, as segments (replaced words marked), or null
    /// when every word is known, or no known word is near enough. Names the authority knows are
    /// never touched: they are searched in every spelling already.
    /// </summary>
    public static IReadOnlyList<TextSegment>? Correct(IndexReader reader, NameAuthority names, string query)
    {
        var terms = MultiFields.GetTerms(reader, IndexSchema.Spell);
        if (terms is null)
        {
            return null;
        }

        var namesAt = names.FindMentions(query).Select(m => (m.Start, End: m.Start + m.Length)).ToArray();
        var segments = new List<TextSegment>();
        var last = 0;
        foreach (var (start, length) in QueryWords.Find(query))
        {
            if (namesAt.Any(n => start < n.End && start + length > n.Start))
            {
                continue;
            }

            var word = query.Substring(start, length);
            var lower = word.ToLowerInvariant();
            var docFreq = reader.DocFreq(new Term(IndexSchema.Spell, lower));
            if (docFreq > RareWordDocs || (docFreq > 0 && lower.Length < RareWordMinLength)
                || (Nearest(terms, lower, MinDocsToOffer(docFreq), docFreq == 0 ? null : 1) ?? KnownName(reader, names, lower, MinDocsToOffer(docFreq))) is not { } replacement)
            {
                continue;
            }

            segments.Add(new TextSegment(query[last..start], false));
            segments.Add(new TextSegment(MatchCase(word, replacement), true));
            last = start + length;
        }

        if (segments.Count == 0)
        {
            return null;
        }

        segments.Add(new TextSegment(query[last..], false));
        return segments.Where(s => s.Text.Length > 0).ToArray();
    }

    /// <summary>
    /// A known person's family name (of the authority or the volumes' lists) two edits from a rare
    /// word, when no ordinary word one edit away was found: "Kruschev", in a few records, is two
    /// letters from Khrushchev. A name is a safer guess than any word two edits away (where "Ahmedi"
    /// would become "armed"), because the archive says it is a name; it must still fill
    /// <paramref name="minDocFreq"/> records, and the search's own gate applies.
    /// </summary>
    internal static string? KnownName(IndexReader reader, NameAuthority names, string word, int minDocFreq)
    {
        if (word.Length < RareWordMinLength)
        {
            return null;
        }

        return names.FamilyNames
            .Where(name => name != word && name[0] == word[0] && Math.Abs(name.Length - word.Length) <= 2 && EditDistance(word, name) <= 2)
            .Select(name => (Name: name, Docs: reader.DocFreq(new Term(IndexSchema.Spell, name))))
            .Where(c => c.Docs >= minDocFreq)
            .OrderBy(c => EditDistance(word, c.Name)).ThenByDescending(c => c.Docs).ThenBy(c => c.Name, StringComparer.Ordinal)
            .Select(c => c.Name)
            .FirstOrDefault();
    }

    /// <summary>A word in more records than this is taken as written, however near a commoner one.</summary>
    internal const int RareWordDocs = 5;

    /// <summary>
    /// The shortest word the archive has that may still be offered another spelling, and then only
    /// one edit away: a short rare word is as likely a real one ("Jane", "Crete", "Thein") beside a
    /// common neighbour ("June", "Create", "Their") as a slip, and a name or place two edits from a
    /// common word ("Ahmedi", "Armed") is a name. A slip in a long word stays one edit from it
    /// ("Khruschev", "Gromyco").
    /// </summary>
    internal const int RareWordMinLength = 6;

    /// <summary>How many times more records a near spelling must fill to be offered for a word the archive has.</summary>
    internal const int CommonerBy = 20;

    /// <summary>
    /// The records a replacement must fill: any, for a word the archive lacks; for a rare word, at
    /// least <see cref="CommonerBy"/> times as many (and 20 at the least), so "Lysikov", a real
    /// name in two records, is never replaced by a neighbour, while "Khruschev" is offered
    /// "Khrushchev". The search's own gate still applies: the offer must find more.
    /// </summary>
    private static int MinDocsToOffer(int docFreq) => docFreq == 0 ? 1 : Math.Max(CommonerBy * docFreq, 20);

    /// <summary>
    /// The known word nearest <paramref name="word"/> in at least <paramref name="minDocFreq"/>
    /// records: fewest edits (a swap of two neighbouring letters is one), then the most documents,
    /// then the first in order. The first letter is kept, as in DirectSpellChecker: typing errors
    /// rarely fall there, and it keeps the walk short.
    /// </summary>
    internal static string? Nearest(Terms terms, string word, int minDocFreq = 1, int? maxEdits = null)
    {
        // Two edits in a four-letter word leave too little of it: "pact" would become "act" or "fact".
        maxEdits ??= word.Length <= QueryWords.MinLength ? 1 : LevenshteinAutomata.MAXIMUM_SUPPORTED_DISTANCE;
        var candidates = new FuzzyTermsEnum(terms, new AttributeSource(), new Term(IndexSchema.Spell, word), maxEdits.Value, prefixLength: 1, transpositions: true);
        (string Text, int Distance, int DocFreq)? best = null;
        while (candidates.MoveNext())
        {
            var text = candidates.Term.Utf8ToString();
            if (!text.All(char.IsLetter) || candidates.DocFreq < minDocFreq || text == word)
            {
                continue;
            }

            var candidate = (text, EditDistance(word, text), candidates.DocFreq);
            if (best is not { } b || candidate.Item2 < b.Distance || (candidate.Item2 == b.Distance && candidate.DocFreq > b.DocFreq))
            {
                best = candidate;
            }
        }

        return best?.Text;
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.</summary>
    internal static int EditDistance(string a, string b) => Names.Lists.EditDistance.Of(a, b);

    /// <summary>The suggestion in the researcher's capitals: "Shtykv" → "Shtykov", "MANCHUIRA" → "MANCHURIA".</summary>
    internal static string MatchCase(string typed, string suggestion)
    {
        if (typed.Length > 1 && typed.All(c => !char.IsLetter(c) || char.IsUpper(c)))
        {
            return suggestion.ToUpperInvariant();
        }

        return char.IsUpper(typed[0])
            ? new StringBuilder(suggestion).Replace(suggestion[0], char.ToUpper(suggestion[0], CultureInfo.InvariantCulture), 0, 1).ToString()
            : suggestion;
    }
}
