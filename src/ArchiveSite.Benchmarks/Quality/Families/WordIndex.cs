namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// A plain inverted index of the corpus's words, built by the harness so it owes nothing to either
/// engine: each lowercased run of letters and digits (<see cref="ResearcherWords.Runs"/>) in any
/// searched field, and the records that hold it; and how often the bodies write it capitalised
/// (<c>Cairo</c>) or in lower case (<c>cairo</c>), which tells a proper noun from a common word.
/// </summary>
internal sealed class WordIndex
{
    private readonly Dictionary<string, List<int>> _postings;
    private readonly Dictionary<string, (int Capitalised, int Lower)> _case;

    private WordIndex(Dictionary<string, List<int>> postings, Dictionary<string, (int, int)> cases)
    {
        _postings = postings;
        _case = cases;
    }

    /// <summary>Indexes the records' words; a record's number is its position in <paramref name="records"/>.</summary>
    public static WordIndex Of(IReadOnlyList<CorpusRecord> records)
    {
        var postings = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        var cases = new Dictionary<string, (int Capitalised, int Lower)>(StringComparer.Ordinal);
        for (var r = 0; r < records.Count; r++)
        {
            foreach (var word in records[r].SearchedText.SelectMany(text => ResearcherWords.Runs(text)))
            {
                // Records are added in order, so a record already listed is the list's last.
                var list = postings.TryGetValue(word, out var found) ? found : postings[word] = [];
                if (list.Count == 0 || list[^1] != r)
                {
                    list.Add(r);
                }
            }

            foreach (var run in ResearcherWords.Runs(records[r].Body, lowercase: false))
            {
                var capitalised = IsCapitalised(run);
                if (capitalised || run.All(char.IsLower))
                {
                    var key = run.ToLowerInvariant();
                    var (c, l) = cases.GetValueOrDefault(key);
                    cases[key] = capitalised ? (c + 1, l) : (c, l + 1);
                }
            }
        }

        return new WordIndex(postings, cases);
    }

    /// <summary>True for a word written with a capital and then lower-case letters only (<c>Cairo</c>; not <c>CAIRO</c>, not <c>McCone</c>).</summary>
    public static bool IsCapitalised(string word) =>
        word.Length > 1 && char.IsUpper(word[0]) && word.Skip(1).All(char.IsLower);

    /// <summary>How many records hold <paramref name="lower"/>.</summary>
    public int DocumentFrequency(string lower) => _postings.TryGetValue(lower, out var list) ? list.Count : 0;

    /// <summary>
    /// Of the bodies' capitalised and lower-case writings of <paramref name="lower"/>, the share
    /// capitalised: near 1 for a name or a place, whatever starts a sentence; 0 when never written so.
    /// </summary>
    public double CapitalisedShare(string lower)
    {
        var (capitalised, low) = _case.GetValueOrDefault(lower);
        return capitalised + low == 0 ? 0 : (double)capitalised / (capitalised + low);
    }

    /// <summary>How many records hold both words (lowercased).</summary>
    public int CoOccurrences(string a, string b)
    {
        if (!_postings.TryGetValue(a, out var x) || !_postings.TryGetValue(b, out var y))
        {
            return 0;
        }

        // Both lists are in record order: one merge walk.
        var (i, j, count) = (0, 0, 0);
        while (i < x.Count && j < y.Count)
        {
            if (x[i] == y[j])
            {
                count++;
                i++;
                j++;
            }
            else if (x[i] < y[j])
            {
                i++;
            }
            else
            {
                j++;
            }
        }

        return count;
    }
}
