namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// One typing error in a word, never in its first letter (where typing errors rarely fall, and
/// which a researcher checks): a letter dropped, a letter replaced by another, or two neighbouring
/// letters swapped, each as likely.
/// </summary>
internal static class Misspelling
{
    /// <summary>The word with one error drawn from <paramref name="random"/>; null when the draw leaves it unchanged (a letter replaced by itself, equal neighbours swapped) or it is too short.</summary>
    public static string? Of(string word, Random random)
    {
        if (word.Length < 3)
        {
            return null;
        }

        var letters = word.ToCharArray();
        switch (random.Next(3))
        {
            case 0:
                return word.Remove(random.Next(1, word.Length), 1);
            case 1:
                var at = random.Next(1, word.Length);
                var letter = (char)('a' + random.Next(26));
                if (char.ToLowerInvariant(letters[at]) == letter)
                {
                    return null;
                }

                letters[at] = char.IsUpper(letters[at]) ? char.ToUpperInvariant(letter) : letter;
                return new string(letters);
            default:
                var i = random.Next(1, word.Length - 1);
                if (letters[i] == letters[i + 1])
                {
                    return null;
                }

                (letters[i], letters[i + 1]) = (letters[i + 1], letters[i]);
                return new string(letters);
        }
    }
}
