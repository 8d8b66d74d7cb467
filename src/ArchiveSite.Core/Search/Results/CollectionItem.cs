namespace ArchiveSite.Core.Search.Results;

/// <summary>A record in a collection's own order.</summary>
/// <param name="Number">Its 1-based position in the collection's order.</param>
/// <param name="Place">Where the collection has it, as written: <c>Document 15</c>, <c>Opis 1, Delo 347, Listy 90-91</c>; empty when the reference says no more than the fond.</param>
/// <param name="Document">The record's card.</param>
public sealed record CollectionItem(int Number, string Place, DocumentCard Document);
