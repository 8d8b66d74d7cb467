using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// Resumption tokens: a list's query and position, readable but checked, as base64url of
/// <c>v1|fingerprint|from|until|set|offset</c>. A token carries its whole state, so no session is
/// kept on the server and no token expires. It is stamped with a fingerprint of the catalogue it was
/// cut from, so a token from before a reload is refused as the protocol asks (badResumptionToken)
/// rather than silently skipping or repeating records.
/// </summary>
internal static class ResumptionToken
{
    private const string Version = "v1";

    /// <summary>A short fingerprint of the catalogue (ids and datestamps, in list order), so a token outlives no change.</summary>
    public static string Fingerprint(IEnumerable<OaiHeader> headers)
    {
        var text = string.Join('\n', headers.Select(h => $"{h.Id} {h.Datestamp.UtcTicks}"));
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)))[..16];
    }

    /// <summary>The token that resumes <paramref name="query"/> in the catalogue of <paramref name="fingerprint"/>.</summary>
    public static string Write(OaiListQuery query, string fingerprint)
    {
        var parts = string.Join('|', Version, fingerprint, Ticks(query.From), Ticks(query.Until), query.Set ?? "", query.Offset.ToString(CultureInfo.InvariantCulture));
        return Convert.ToBase64String(Encoding.UTF8.GetBytes(parts)).TrimEnd('=').Replace('+', '-').Replace('/', '_');
    }

    /// <summary>The query a token resumes; badResumptionToken when it is not one this repository wrote, or was cut from another catalogue.</summary>
    public static OaiListQuery Read(string token, string fingerprint)
    {
        string[] parts;
        try
        {
            var base64 = token.Replace('-', '+').Replace('_', '/');
            base64 = base64.PadRight(base64.Length + ((4 - (base64.Length % 4)) % 4), '=');
            parts = Encoding.UTF8.GetString(Convert.FromBase64String(base64)).Split('|');
        }
        catch (FormatException)
        {
            parts = [];
        }

        if (parts.Length != 6 || parts[0] != Version
            || !TryTicks(parts[2], out var from) || !TryTicks(parts[3], out var until)
            || !int.TryParse(parts[5], NumberStyles.None, CultureInfo.InvariantCulture, out var offset))
        {
            throw new OaiError("badResumptionToken", "The resumption token is not one this repository issued.");
        }

        if (parts[1] != fingerprint)
        {
            throw new OaiError("badResumptionToken", "The archive has changed since this resumption token was issued; start the list again.");
        }

        return new OaiListQuery(from, until, parts[4].Length == 0 ? null : parts[4], offset);
    }

    private static string Ticks(DateTimeOffset? date) => date?.UtcTicks.ToString(CultureInfo.InvariantCulture) ?? "";

    private static bool TryTicks(string text, out DateTimeOffset? date)
    {
        date = null;
        if (text.Length == 0)
        {
            return true;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var ticks) && ticks <= DateTimeOffset.MaxValue.UtcTicks)
        {
            date = new DateTimeOffset(ticks, TimeSpan.Zero);
            return true;
        }

        return false;
    }
}
