namespace ArchiveSite.Core.Harvesting;

/// <summary>A set harvesters can ask for: one archive's records.</summary>
/// <param name="Spec">The set's key, e.g. <c>archive:aprf</c>.</param>
/// <param name="Name">Its name, e.g. <c>APRF</c>.</param>
public sealed record OaiSet(string Spec, string Name);
