namespace ArchiveSite.Core.Documents;

/// <summary>
/// Where the original is kept: an archive and its finding-aid levels, e.g.
/// <c>APRF, Fond 45, Opis 1, Delo 347, Listy 90-91</c>. A reference without Russian-style levels
/// (<c>Department of State, Central Files, 611.61/1–2455</c>) is all <see cref="Archive"/>.
/// </summary>
/// <param name="Text">The reference as written in the citation.</param>
/// <param name="Archive">The archive or collection, e.g. <c>APRF</c>.</param>
/// <param name="Levels">Fond, opis, delo, papka and listy, in the order given.</param>
public sealed record ArchivalReference(string Text, string Archive, IReadOnlyList<ArchivalLevel> Levels)
{
    /// <summary>The value of the first level of a kind (<c>45</c> for the fond), or null.</summary>
    public string? this[ArchivalLevelKind kind] => Levels.FirstOrDefault(l => l.Kind == kind)?.Value;
}
