using System.Security.Cryptography;
using System.Text;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// A short content hash naming one text of a record: the <c>{version}</c> of
/// <c>/documents/{id}/v/{version}</c>. It covers everything a researcher reads and cites (title,
/// date, citation, summary, language, contents label, body, format), and nothing else: moving or
/// renaming the file changes no version, while a corrected word in the body makes a new one.
/// </summary>
public static class RecordVersion
{
    /// <summary>Hex digits kept: 12 (48 bits) is short enough to read out and cite, and collisions within one record's history are not a practical concern.</summary>
    public const int Length = 12;

    /// <summary>The version of a record's text.</summary>
    public static string Of(ArchiveDocument document)
    {
        // Each part is length-prefixed, so moving text from one part to the next changes the hash.
        var canonical = new StringBuilder();
        foreach (var part in new[]
                 {
                     document.Id, document.Title, document.Date?.Text ?? "", document.Citation.Text, document.Summary,
                     document.OriginalLanguage, document.ContentsLabel, document.Format.ToString(), document.Body,
                 })
        {
            canonical.Append(part.Length).Append(':').Append(part).Append('\n');
        }

        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(canonical.ToString()));
        return Convert.ToHexStringLower(hash)[..Length];
    }

    /// <summary>True for a string shaped like a version (lower-case hex of the right length), before any lookup.</summary>
    public static bool IsWellFormed(string? version) =>
        version is { Length: Length } && version.All(c => char.IsAsciiDigit(c) || c is >= 'a' and <= 'f');
}
