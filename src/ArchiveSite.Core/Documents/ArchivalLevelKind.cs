namespace ArchiveSite.Core.Documents;

/// <summary>The levels of a Russian archival reference, from the largest unit to the page.</summary>
public enum ArchivalLevelKind
{
    /// <summary>Fond (record group); written Fond, fond, f.</summary>
    Fond,

    /// <summary>Opis (inventory); written Opis, opis, op.</summary>
    Opis,

    /// <summary>Delo (file); written Delo, delo, d.</summary>
    Delo,

    /// <summary>Papka (folder); written Papka, papka, pap.</summary>
    Papka,

    /// <summary>Listy (leaves); written Listy, List, l., ll.</summary>
    Listy,
}
