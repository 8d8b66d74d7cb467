namespace ArchiveSite.Core.Names.Lists;

/// <summary>One line of a volume's "List of Names", as printed.</summary>
/// <param name="Volume">The volume's id, the first part of its records' ids (<c>frus1961-63v06</c>).</param>
/// <param name="Id">The volume's own id of the person (<c>p_KNS1</c>); the same person usually, not always, keeps it across volumes.</param>
/// <param name="Name">The name as the volume prints it: <c>Khrushchev, Nikita S.</c>.</param>
/// <param name="Description">Who the person was in the volume's years.</param>
public sealed record ListedEntry(string Volume, string Id, string Name, string Description);

/// <summary>One line of a volume's "Abbreviations and Terms".</summary>
/// <param name="Volume">The volume's id.</param>
/// <param name="Id">The volume's own id of the term (<c>t_AEC1</c>).</param>
/// <param name="Term">The abbreviation or term as printed: <c>AEC</c>.</param>
/// <param name="Description">What it means in that volume: <c>Atomic Energy Commission</c>.</param>
public sealed record ListedTerm(string Volume, string Id, string Term, string Description);
