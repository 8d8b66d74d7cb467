using System.Globalization;
using System.Text;

namespace ArchiveSite.Core.Rendering.Footnotes;

/// <summary>
/// The anchors of notes and markers, built from the labels as written so a note's address says
/// its number: note 17 is <c>#fn:17</c>, its first marker <c>#fnref:17</c>. A label used twice
/// gets <c>~2</c> for the second: <c>#fn:4~2</c>.
/// </summary>
internal sealed class FootnoteAnchors
{
    private readonly HashSet<string> _taken = new(StringComparer.Ordinal);

    /// <summary>A new anchor for a note or a marker, unique in the page.</summary>
    public string Next(string prefix, string label)
    {
        var id = prefix + label;
        for (var n = 2; !_taken.Add(id); n++)
        {
            id = $"{prefix}{label}~{n}";
        }

        return id;
    }

    /// <summary>
    /// An anchor as a URL fragment, percent-encoding only what a fragment cannot hold (RFC 3986's
    /// pchar, '/' and '?' stay): <c>fn:*</c> and <c>fn:4~2</c> as they are, <c>fn:‡</c> as
    /// <c>fn:%E2%80%A1</c>, which browsers match to the id after decoding.
    /// </summary>
    public static string Fragment(string id)
    {
        var fragment = new StringBuilder(id.Length);
        Span<byte> bytes = stackalloc byte[4];
        foreach (var rune in id.EnumerateRunes())
        {
            if (rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || "-._~!$&'()*+,;=:@/?".Contains((char)rune.Value)))
            {
                fragment.Append((char)rune.Value);
                continue;
            }

            foreach (var b in bytes[..rune.EncodeToUtf8(bytes)])
            {
                fragment.Append('%').Append(b.ToString("X2", CultureInfo.InvariantCulture));
            }
        }

        return fragment.ToString();
    }
}
