using System.Net;
using System.Text;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Rendering;

/// <summary>
/// A word diff as HTML: removed text in <c>&lt;del&gt;</c>, added in <c>&lt;ins&gt;</c>, each
/// with words a screen reader speaks ("[removed: …]"), every character encoded. One string with no
/// markup whitespace of its own, because the page shows it with its line breaks preserved.
/// </summary>
public static class DiffRenderer
{
    /// <summary>The segments as HTML.</summary>
    public static string ToHtml(IEnumerable<DiffSegment> segments) => ToHtml(segments, "removed", "added");

    /// <summary>
    /// The segments as HTML, with the words a screen reader speaks for each kind: a quotation check
    /// says "only in the quotation" and "only in the source" rather than removed and added.
    /// </summary>
    public static string ToHtml(IEnumerable<DiffSegment> segments, string removed, string added)
    {
        (removed, added) = (WebUtility.HtmlEncode(removed), WebUtility.HtmlEncode(added));
        var html = new StringBuilder();
        foreach (var segment in segments)
        {
            var text = WebUtility.HtmlEncode(segment.Text);
            html.Append(segment.Kind switch
            {
                DiffKind.Removed => $"<del><span class=\"visually-hidden\">[{removed}: </span>{text}<span class=\"visually-hidden\">]</span></del>",
                DiffKind.Added => $"<ins><span class=\"visually-hidden\">[{added}: </span>{text}<span class=\"visually-hidden\">]</span></ins>",
                _ => text,
            });
        }

        return html.ToString();
    }
}
