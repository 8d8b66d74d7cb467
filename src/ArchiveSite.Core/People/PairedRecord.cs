namespace ArchiveSite.Core.People;

/// <summary>One record between two people, as the index's doc values give it (no stored record is opened).</summary>
/// <param name="Id">The record's id.</param>
/// <param name="FromA">True when the first of the two people sent it (or passed it on), false when the second did.</param>
/// <param name="Through">True when it went through a go-between.</param>
/// <param name="Number">Its number in the sender's series (<see cref="Documents.MessageNumber"/>), when it carries one.</param>
/// <param name="Day">The first day its date covers; null when undated.</param>
public sealed record PairedRecord(string Id, bool FromA, bool Through, int? Number, DateOnly? Day);
