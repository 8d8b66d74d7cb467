namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// In how many records each candidate run of words occurs, as consecutive words of any searched
/// field, in one pass over every record. Only the candidates are remembered: each word is hashed,
/// each window of a candidate's length gets a rolling hash (a polynomial in the word hashes,
/// updated word by word), and only a window whose hash is a candidate's is compared word by word.
/// A dictionary of every run of eight words in 22,000 records would hold some 15 million entries.
/// </summary>
internal static class RunOccurrences
{
    // The polynomial's base; the arithmetic wraps modulo 2^64, which an odd base keeps invertible.
    private const ulong Base = 1_000_003;

    /// <summary>
    /// For each of <paramref name="candidates"/> (lowercased words, all of one length), the number
    /// of records in which it occurs: a run never spans two fields.
    /// </summary>
    public static int[] RecordsContaining(IReadOnlyList<CorpusRecord> records, IReadOnlyList<IReadOnlyList<string>> candidates)
    {
        var counts = new int[candidates.Count];
        if (candidates.Count == 0)
        {
            return counts;
        }

        var length = candidates[0].Count;
        if (candidates.Any(c => c.Count != length))
        {
            throw new ArgumentException("Every candidate must have the same number of words.", nameof(candidates));
        }

        var byHash = candidates
            .Select((words, i) => (Hash: WindowHash(words.Select(WordHash).ToArray(), 0, length), Index: i))
            .ToLookup(c => c.Hash, c => c.Index);
        var top = Power(Base, length - 1);
        var lastRecord = new int[candidates.Count];
        Array.Fill(lastRecord, -1);

        for (var r = 0; r < records.Count; r++)
        {
            foreach (var text in records[r].SearchedText)
            {
                var runs = ResearcherWords.Runs(text);
                var hashes = runs.Select(WordHash).ToArray();
                if (hashes.Length < length)
                {
                    continue;
                }

                var window = WindowHash(hashes, 0, length);
                for (var start = 0; ; start++)
                {
                    foreach (var i in byHash[window])
                    {
                        if (lastRecord[i] != r && SameWords(runs, start, candidates[i]))
                        {
                            lastRecord[i] = r;
                            counts[i]++;
                        }
                    }

                    if (start + length >= hashes.Length)
                    {
                        break;
                    }

                    window = ((window - (hashes[start] * top)) * Base) + hashes[start + length];
                }
            }
        }

        return counts;
    }

    /// <summary>FNV-1a, 64 bits, of the word's characters: stable across processes, unlike string.GetHashCode.</summary>
    internal static ulong WordHash(string word)
    {
        var hash = 14695981039346656037UL;
        foreach (var c in word)
        {
            hash = (hash ^ c) * 1099511628211UL;
        }

        return hash;
    }

    /// <summary>h[start]·B^(n−1) + … + h[start+n−1]: the hash the rolling update keeps.</summary>
    internal static ulong WindowHash(IReadOnlyList<ulong> hashes, int start, int length)
    {
        var hash = 0UL;
        for (var i = start; i < start + length; i++)
        {
            hash = (hash * Base) + hashes[i];
        }

        return hash;
    }

    private static ulong Power(ulong value, int exponent)
    {
        var result = 1UL;
        for (var i = 0; i < exponent; i++)
        {
            result *= value;
        }

        return result;
    }

    private static bool SameWords(List<string> runs, int start, IReadOnlyList<string> words)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!string.Equals(runs[start + i], words[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
