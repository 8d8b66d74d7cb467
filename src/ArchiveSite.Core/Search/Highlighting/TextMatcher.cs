using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Highlighting;

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

    /// <summary>The analyzed terms marked wherever the text has them (the highlighting comparison hands the same ones to Lucene's highlighters).</summary>
    internal IReadOnlySet<string> Terms => _terms;

    /// <summary>True when the query has nothing that can be marked in text (only dates or ids, say).</summary>
    public bool IsEmpty => _terms.Count == 0 && _people.Count == 0;

    /// <summary>Offsets of every match in <paramref name="text"/>, analyzed as the body field is.</summary>
    public List<(int Start, int End)> FindMatches(string text, string field = IndexSchema.Body)
    {
        var matches = Highlighter.FindMatches(_analyzer, field, text, _terms);
        AddPeople(matches, text);
        return matches;
    }

    /// <summary>
    /// Offsets of every match in the body <paramref name="body"/> of document <paramref name="docId"/>,
    /// read from the offsets the body's postings keep: for each of the query's words a seek to the
    /// word and to the record, the same tokens and offsets analysis would give, without analysing.
    /// An index without offsets in its postings (none this code writes) is analysed as
    /// <see cref="FindMatches"/> does.
    /// </summary>
    internal List<(int Start, int End)> FindBodyMatches(IndexReader reader, int docId, string body)
    {
        var matches = new List<(int Start, int End)>();
        if (_terms.Count > 0)
        {
            var leaves = reader.Leaves;
            var leaf = leaves[ReaderUtil.SubIndex(docId, leaves)];
            var local = docId - leaf.DocBase;
            var terms = leaf.AtomicReader.GetTerms(IndexSchema.Body);
            if (terms is null || !terms.HasOffsets)
            {
                return FindMatches(body);
            }

            var enumerator = terms.GetEnumerator();
            DocsAndPositionsEnum? positions = null;
            foreach (var term in _terms)
            {
                if (!enumerator.SeekExact(new BytesRef(term)))
                {
                    continue;
                }

                positions = enumerator.DocsAndPositions(null, positions, DocsAndPositionsFlags.OFFSETS);
                if (positions is null || positions.Advance(local) != local)
                {
                    continue;
                }

                for (var i = 0; i < positions.Freq; i++)
                {
                    positions.NextPosition();
                    var (start, end) = (positions.StartOffset, positions.EndOffset);
                    if (start < 0 || end < start || end > body.Length)
                    {
                        // Offsets that do not fit the stored text it was analysed from: damaged postings
                        // (the fault run's flipped .tim bytes did this), answered as damage, never a 500.
                        throw new IndexDamagedException(new IndexFault("the body's postings", (leaf.AtomicReader as SegmentReader)?.SegmentName,
                            $"the offsets {start}–{end} of '{term}' fall outside the {body.Length}-character text of document {docId}"));
                    }

                    matches.Add((start, end));
                }
            }
        }

        AddPeople(matches, body);
        return matches;
    }

    private void AddPeople(List<(int Start, int End)> matches, string text)
    {
        if (_people.Count > 0)
        {
            matches.AddRange(_names.FindMentions(text)
                .Where(m => _people.Contains(m.Person))
                .Select(m => (m.Start, m.Start + m.Length)));
        }
    }
}
