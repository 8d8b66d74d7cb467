using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Pinning;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Reading;

/// <summary>
/// A document as it was at a pin (<c>/api/documents/{id}?as-of=…</c>): the text it had then, from
/// the version store (or the served record, when that text is the one served now), served now or
/// withdrawn since.
/// </summary>
/// <param name="Text">Its text then; null when there is none to give (<see cref="Problem"/> says why).</param>
/// <param name="History">Every text it has had.</param>
/// <param name="Problem">Why there is no text: the pin cannot be answered (<see cref="Refused"/>), the document had no text then, or that text is damaged.</param>
/// <param name="Refused">True when the pin itself cannot be answered (before the store's record): a 400, where a document without a text then is a 404.</param>
public sealed record PinnedDocument(StoredVersion? Text, IReadOnlyList<VersionInfo> History, string? Problem, bool Refused)
{
    /// <summary>Document <paramref name="id"/> at <paramref name="pin"/>, from one snapshot.</summary>
    public static async Task<PinnedDocument> ReadAsync(ArchiveSnapshot archive, string id, SearchPin pin)
    {
        var versions = await archive.VersionsReady.ConfigureAwait(false);
        if (archive.Timeline(versions).Began is not { } began || pin.Before <= began)
        {
            return new PinnedDocument(null, [], $"The archive's record of its texts begins after {pin.Label}: nothing can be said of a document then.", Refused: true);
        }

        var history = versions.History(id);
        if (history.LastOrDefault(v => v.FirstSeen < pin.Before) is not { } then)
        {
            var problem = history.Count == 0
                ? $"No document has the id '{id}'."
                : $"Document {id} had no text {pin.Phrase}: it was first served {history[0].FirstSeen.UtcDateTime:d MMMM yyyy, HH:mm:ss} UTC.";
            return new PinnedDocument(null, history, problem, Refused: false);
        }

        return StoredTexts.Read(archive, versions, id, then.Version) is { } text
            ? new PinnedDocument(text, history, null, Refused: false)
            : new PinnedDocument(null, history, $"The text of document {id} {pin.Phrase} (version {then.Version}) is held damaged in the version store and cannot be served.", Refused: false);
    }
}
