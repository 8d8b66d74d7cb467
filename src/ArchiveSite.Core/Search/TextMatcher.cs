using ArchiveSite.Core.Names;
using Lucene.Net.Analysis;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Finds where a query matched in a piece of text: the query's analyzed terms (wildcards already
/// expanded against the index), and every way the text writes a person the query named.
/// Immutable; one per query.
/// </summary>
public sealed class TextMatcher
{
    private readonly Analyzer _analyzer;
    private readonly NameAuthority _names;
    private readonly IReadOnlySet<string> _terms;
    private readonly IReadOnlyList<Person> _people;

    internal TextMatcher(Analyzer analyzer, NameAuthority names, IReadOnlySet<string> terms, IReadOnlyList<Person> people)
    {
        _analyzer = analyzer;
        _names = names;
        _terms = terms;
        _people = people;
    }

    /// <summary>True when the query has nothing that can be marked in text (only dates or ids, say).</summary>
    public bool IsEmpty => _terms.Count == 0 && _people.Count == 0;

    /// <summary>Offsets of every match in <paramref name="text"/>, analyzed as the body field is.</summary>
    public List<(int Start, int End)> FindMatches(string text, string field = IndexFields.Body)
    {
        var matches = Highlighter.FindMatches(_analyzer, field, text, _terms);
        if (_people.Count > 0)
        {
            matches.AddRange(_names.FindMentions(text)
                .Where(m => _people.Contains(m.Person))
                .Select(m => (m.Start, m.Start + m.Length)));
        }

        return matches;
    }
}
