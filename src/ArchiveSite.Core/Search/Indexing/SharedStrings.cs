using System.Collections.Concurrent;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// One instance of each string value for as long as a build keeps them: the same name or date as
/// written, seen in thousands of records, is held once. Safe on every core at once. Unlike
/// <see cref="string.Intern"/>, the values go when the build lets the pool go.
/// </summary>
internal sealed class SharedStrings
{
    private readonly ConcurrentDictionary<string, string> _values = new(StringComparer.Ordinal);

    /// <summary>The pool's instance of <paramref name="value"/>.</summary>
    public string Get(string value) => _values.GetOrAdd(value, value);

    /// <summary>The pool's instances of <paramref name="values"/>, in a list of exactly their number (the one empty array for none).</summary>
    public string[] All(IReadOnlyList<string> values)
    {
        if (values.Count == 0)
        {
            return [];
        }

        var all = new string[values.Count];
        for (var i = 0; i < all.Length; i++)
        {
            all[i] = Get(values[i]);
        }

        return all;
    }
}
