namespace ArchiveSite.Core.Names;

/// <summary>One person of the names authority: every way the sources write them.</summary>
/// <param name="Id">A stable key, letters, digits and underscores: <c>kim_il_sung</c>.</param>
/// <param name="Name">The preferred form, shown to researchers.</param>
/// <param name="Variants">Spellings, transliterations, scripts and pseudonyms that mean this person.</param>
public sealed record Person(string Id, string Name, IReadOnlyList<string> Variants)
{
    /// <summary>True when an authority file named the person; false when the name fell back to the id.</summary>
    internal bool NameGiven { get; init; } = true;

    /// <summary>
    /// The part of <see cref="Name"/> that is the family name, first or last in it (<c>Kim</c> of
    /// Kim Il Sung, <c>Stalin</c> of Joseph Stalin); null when the authority does not say, and a
    /// citation then names the person whole rather than guess which part is which.
    /// </summary>
    public string? Family { get; init; }

    /// <summary>A short description from the authority file ("Soviet Minister of Foreign Affairs"); null when it gives none, and then nothing is shown.</summary>
    public string? Description { get; init; }

    /// <summary>The person's dates as the authority file writes them ("1890–1986"); null when it gives none.</summary>
    public string? Dates { get; init; }

    /// <summary>Roles the authority file gives, as written; empty when none.</summary>
    public IReadOnlyList<string> Roles { get; init; } = [];

    /// <summary>True when the family name comes first, as in Kim Il Sung and Mao Zedong: citations keep that order.</summary>
    public bool FamilyFirst => Family is not null && Name.StartsWith(Family + " ", StringComparison.Ordinal);

    /// <summary>The rest of <see cref="Name"/> beside <see cref="Family"/> (<c>Il Sung</c>, <c>Joseph</c>); null without a family name.</summary>
    public string? Given =>
        Family is null ? null
        : FamilyFirst ? Name[(Family.Length + 1)..]
        : Name.EndsWith(" " + Family, StringComparison.Ordinal) ? Name[..^(Family.Length + 1)]
        : null;
}
