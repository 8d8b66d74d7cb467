namespace ArchiveSite.Core.Names;

/// <summary>One person of the names authority: every way the sources write them.</summary>
/// <param name="Id">A stable key, letters, digits and underscores: <c>kim_il_sung</c>.</param>
/// <param name="Name">The preferred form, shown to researchers.</param>
/// <param name="Variants">Spellings, transliterations, scripts and pseudonyms that mean this person.</param>
public sealed record Person(string Id, string Name, IReadOnlyList<string> Variants)
{
    /// <summary>True when an authority file named the person; false when the name fell back to the id.</summary>
    internal bool NameGiven { get; init; } = true;
}
