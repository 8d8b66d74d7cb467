namespace ArchiveSite.Core.Collections;

/// <summary>A record's place in one collection, as its citation names it.</summary>
/// <param name="Id">The collection's id in its address: <c>frus1964-68v15</c>, <c>aprf-fond-45</c>.</param>
/// <param name="Kind">A published volume or an archive's fond.</param>
/// <param name="Title">The collection as the citation names it: the volume's title, or <c>APRF, Fond 45</c>.</param>
/// <param name="OrderKey">Where the record stands in the collection's own order, compared ordinally (document number, or archival order).</param>
/// <param name="Place">Where the record stands, for a reader: <c>Document 15</c>, or <c>Opis 1, Delo 347, Listy 90-91</c> (empty when the reference names nothing below the fond).</param>
public sealed record CollectionMembership(string Id, CollectionKind Kind, string Title, string OrderKey, string Place);
