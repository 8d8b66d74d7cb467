namespace ArchiveSite.Core.Search.Results;

/// <summary>Where a record stands in one of its collections, with the records before and after it there.</summary>
/// <param name="Collection">The collection.</param>
/// <param name="Number">The record's 1-based position in the collection's order.</param>
/// <param name="Place">Where the collection has it, as written (<c>Document 15</c>).</param>
/// <param name="Previous">The record before it in the collection; null for the first.</param>
/// <param name="Next">The record after it; null for the last.</param>
public sealed record CollectionPlace(CollectionSummary Collection, int Number, string Place, CollectionItem? Previous, CollectionItem? Next);
