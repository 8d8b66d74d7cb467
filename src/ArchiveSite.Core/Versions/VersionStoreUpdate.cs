namespace ArchiveSite.Core.Versions;

/// <summary>What recording a corpus changed in the store.</summary>
/// <param name="NewRecords">Records the store had never seen.</param>
/// <param name="NewVersions">Known records whose text changed: a version was added.</param>
/// <param name="Unchanged">Records whose text the store already held.</param>
public sealed record VersionStoreUpdate(int NewRecords, int NewVersions, int Unchanged);
