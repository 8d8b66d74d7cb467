using System.Security.Cryptography;
using System.Text;

namespace ArchiveSite.Core.Archive;

/// <summary>A fingerprint of every served record's id and version: what every page depends on, for HTTP validators.</summary>
internal static class CatalogStamp
{
    /// <summary>
    /// The first 16 hex digits of SHA-256 over "id version" lines, one a record: hashed line by line,
    /// not joined first (a string of megabytes at 100,000 records, built on every start).
    /// </summary>
    public static string Of(IReadOnlyList<CatalogEntry> entries)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1024];
        for (var i = 0; i < entries.Count; i++)
        {
            var line = $"{(i == 0 ? "" : "\n")}{entries[i].Id} {entries[i].Version}";
            var length = Encoding.UTF8.GetMaxByteCount(line.Length);
            if (length > buffer.Length)
            {
                buffer = new byte[length];
            }

            hash.AppendData(buffer, 0, Encoding.UTF8.GetBytes(line, buffer));
        }

        return Convert.ToHexStringLower(hash.GetHashAndReset())[..16];
    }
}
