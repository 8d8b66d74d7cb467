namespace ArchiveSite.Core.People;

/// <summary>What the records say of one person or correspondent, counted once for a view of the index (<see cref="PeopleDirectory"/>).</summary>
/// <param name="Id">The page's id: the authority's or the lists' id, or, for a correspondent no list knows, one made from the name.</param>
/// <param name="Name">The name as shown.</param>
/// <param name="SortKey">Where the name files A–Z: family name first for people, an office without its "the".</param>
/// <param name="PersonId">The id records are tagged with (<c>person:</c>); null for a correspondent no list knows.</param>
public sealed class PersonStats(string Id, string Name, string SortKey, string? PersonId)
{
    // A class, not a record: the counts change while a directory is read, and a record's equality
    // (and hash) would change with them, so one person would count twice in a set.

    /// <summary>The page's id.</summary>
    public string Id { get; } = Id;

    /// <summary>The name as shown.</summary>
    public string Name { get; } = Name;

    /// <summary>Where the name files A–Z.</summary>
    public string SortKey { get; } = SortKey;

    /// <summary>The id records are tagged with; null for a correspondent no list knows.</summary>
    public string? PersonId { get; } = PersonId;

    /// <summary>How titles name the person as a sender (the From facet's values), with how many records each.</summary>
    public IReadOnlyList<(string Name, int Records)> SentAs => Ordered(SentNames);

    /// <summary>How titles name the person as a recipient (the To facet's values).</summary>
    public IReadOnlyList<(string Name, int Records)> ReceivedAs => Ordered(ReceivedNames);

    /// <summary>How titles name the person as a go-between (the Via facet's values).</summary>
    public IReadOnlyList<(string Name, int Records)> ViaAs => Ordered(ViaNames);

    internal Dictionary<string, int> SentNames { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, int> ReceivedNames { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, int> ViaNames { get; } = new(StringComparer.Ordinal);

    private static (string Name, int Records)[] Ordered(Dictionary<string, int> counts) =>
        counts.OrderByDescending(kv => kv.Value).ThenBy(kv => kv.Key, StringComparer.Ordinal).Select(kv => (kv.Key, kv.Value)).ToArray();

    /// <summary>Records that mention the person (tagged with <see cref="PersonId"/>).</summary>
    public int Mentioned { get; internal set; }

    /// <summary>Records the person sent (the From facet).</summary>
    public int Sent { get; internal set; }

    /// <summary>Records sent to the person (the To facet).</summary>
    public int Received { get; internal set; }

    /// <summary>Records that went through the person (the Via facet).</summary>
    public int Via { get; internal set; }

    /// <summary>Records in any of these ways, each counted once.</summary>
    public int Documents { get; internal set; }

    /// <summary>The first day of the earliest and of the latest dated record, as yyyymmdd; 0 when none is dated.</summary>
    public int First { get; internal set; }

    /// <inheritdoc cref="First"/>
    public int Last { get; internal set; }

    internal Dictionary<string, int> Years { get; } = new(StringComparer.Ordinal);

    internal Dictionary<string, int> Months { get; } = new(StringComparer.Ordinal);

    /// <summary>Spellings as written, keyed as <see cref="Search.Indexing.NameVariants"/> stores them, with their records.</summary>
    internal Dictionary<string, int> Spellings { get; } = new(StringComparer.Ordinal);

    /// <summary>The other side of the person's correspondence (by page id) and how many records.</summary>
    internal Dictionary<string, int> Correspondents { get; } = new(StringComparer.Ordinal);
}
