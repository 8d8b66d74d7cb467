namespace ArchiveSite.Core.Harvesting;

/// <summary>One record as a harvester lists it: its id, when its current text appeared (or it left), and its sets.</summary>
/// <param name="Id">The record's permalink id.</param>
/// <param name="Datestamp">When the site first served the record's current text (from the version store); for a deleted record, when it left the corpus.</param>
/// <param name="SetSpecs">The sets the record belongs to (a deleted one, those it belonged to when it left).</param>
/// <param name="Deleted">True for a record withdrawn from the corpus: listed with <c>status="deleted"</c> and no metadata.</param>
public sealed record OaiHeader(string Id, DateTimeOffset Datestamp, IReadOnlyList<string> SetSpecs, bool Deleted = false);
