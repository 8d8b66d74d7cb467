using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Reading;

/// <summary>A document the archive no longer serves, whose texts the version store keeps: its permalink answers 410 Gone with them.</summary>
/// <param name="Id">Its id.</param>
/// <param name="Title">Its last title.</param>
/// <param name="History">Every text it had, oldest first.</param>
public sealed record WithdrawnDocument(string Id, string Title, IReadOnlyList<VersionInfo> History);
