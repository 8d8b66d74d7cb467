namespace ArchiveSite.Core.Harvesting;

/// <summary>One record as a harvester lists it: its id, when its current text appeared, and its sets.</summary>
/// <param name="Id">The record's permalink id.</param>
/// <param name="Datestamp">When the site first served the record's current text (from the version store).</param>
/// <param name="SetSpecs">The sets the record belongs to.</param>
public sealed record OaiHeader(string Id, DateTimeOffset Datestamp, IReadOnlyList<string> SetSpecs);
