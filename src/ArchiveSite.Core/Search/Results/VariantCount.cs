
namespace ArchiveSite.Core.Search.Results;

/// <summary>One spelling of a name and how many matching records write it so.</summary>
/// <param name="Text">The spelling as a source writes it.</param>
/// <param name="Records">How many matching records use it.</param>
public sealed record VariantCount(string Text, int Records);
