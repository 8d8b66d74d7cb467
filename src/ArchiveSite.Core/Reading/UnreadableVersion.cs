using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Reading;

/// <summary>
/// A text the version store knows a document had but cannot show: its line in the store's log is
/// damaged and no good copy is kept. Its versioned permalink (and a diff from it) answers 410 Gone
/// with this: what is known of the text, and the document's other texts, each at its own address.
/// </summary>
/// <param name="Id">The document's id.</param>
/// <param name="Title">Its title as served now, or as its last readable text has it; its id when none can be read.</param>
/// <param name="Version">The text asked for: its version and first sighting.</param>
/// <param name="Line">The damaged line of the store's log, for a researcher who writes to the archive about it.</param>
/// <param name="CurrentVersion">The version served now; null when the document is no longer served.</param>
/// <param name="History">Every text the document has had, oldest first, this one included.</param>
public sealed record UnreadableVersion(string Id, string Title, VersionInfo Version, int Line, string? CurrentVersion, IReadOnlyList<VersionInfo> History);
