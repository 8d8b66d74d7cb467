using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Selection;

/// <summary>
/// A researcher's selection as its address carries it: <c>ids=112082,112079</c>, in the order the
/// researcher chose. There is no account and nothing kept on the server: the list is the state,
/// so every change (add, remove, move) is a new list, and so a new address to bookmark or share.
/// </summary>
/// <param name="Ids">The well-formed ids, each once, in order, at most <see cref="MaxIds"/>.</param>
/// <param name="Malformed">What the address gave that cannot be an id (shown as not found, never looked up).</param>
/// <param name="Dropped">How many ids past <see cref="MaxIds"/> were left out.</param>
public sealed record SelectionList(IReadOnlyList<string> Ids, IReadOnlyList<string> Malformed, int Dropped)
{
    /// <summary>
    /// The most documents a selection holds: a chapter's worth of sources, and a bound on what one
    /// request reads (one stored page per document).
    /// </summary>
    public const int MaxIds = 100;

    /// <summary>The longest stretch of a malformed id shown back.</summary>
    private const int ShownLength = 60;

    /// <summary>An empty selection.</summary>
    public static SelectionList Empty { get; } = new([], [], 0);

    /// <summary>
    /// The selection an address gives: ids separated by commas (spaces around them ignored), a
    /// repeated id kept at its first place, anything that cannot be an id set aside.
    /// </summary>
    public static SelectionList Parse(string? value)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return Empty;
        }

        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var malformed = new List<string>();
        var dropped = 0;
        foreach (var part in value.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!DocumentId.IsWellFormed(part))
            {
                malformed.Add(part.Length <= ShownLength ? part : part[..ShownLength] + "…");
            }
            else if (!seen.Add(part))
            {
                continue;
            }
            else if (ids.Count < MaxIds)
            {
                ids.Add(part);
            }
            else
            {
                dropped++;
            }
        }

        return new SelectionList(ids, malformed.Distinct(StringComparer.Ordinal).Take(MaxIds).ToArray(), dropped);
    }

    /// <summary>The value of the <c>ids</c> parameter: <c>112082,112079</c>.</summary>
    public string Value => Join(Ids);

    /// <summary>The count of documents.</summary>
    public int Count => Ids.Count;

    /// <summary>True when <paramref name="id"/> is in the selection.</summary>
    public bool Contains(string id) => Ids.Contains(id, StringComparer.Ordinal);

    /// <summary>The list with <paramref name="id"/> added at the end (unchanged when it is there, or the list is full).</summary>
    public string With(string id) => Contains(id) || Ids.Count >= MaxIds ? Value : Join(Ids.Append(id));

    /// <summary>The list without <paramref name="id"/>.</summary>
    public string Without(string id) => Join(Ids.Where(i => i != id));

    /// <summary>
    /// The list with <paramref name="id"/> and <paramref name="other"/> in each other's places (a
    /// document moved past its neighbour on the page, which skips ids no document has); unchanged when either is missing.
    /// </summary>
    public string Swapped(string id, string other)
    {
        var moved = Ids.ToArray();
        var (a, b) = (Array.IndexOf(moved, id), Array.IndexOf(moved, other));
        if (a < 0 || b < 0)
        {
            return Value;
        }

        (moved[a], moved[b]) = (moved[b], moved[a]);
        return Join(moved);
    }

    /// <summary>Ids joined as the address carries them.</summary>
    public static string Join(IEnumerable<string> ids) => string.Join(",", ids);
}
