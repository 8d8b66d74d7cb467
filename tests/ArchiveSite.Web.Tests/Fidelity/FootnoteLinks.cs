using AngleSharp.Dom;

namespace ArchiveSite.Web.Tests.Fidelity;

/// <summary>A body's footnote links, both ways: every marker leads to a note, every note back to a marker of it.</summary>
internal static class FootnoteLinks
{
    /// <summary>Null when every marker and back-link finds its target; else the first that does not.</summary>
    public static string? FirstBroken(IElement body)
    {
        var ids = body.QuerySelectorAll("[id]").Select(e => e.Id!).ToHashSet(StringComparer.Ordinal);
        foreach (var link in body.QuerySelectorAll("a.footnote-ref, a.footnote-back-ref"))
        {
            // Browsers compare a fragment with ids as written, then percent-decoded.
            var fragment = link.GetAttribute("href") is ['#', .. var rest] ? rest : null;
            if (fragment is null || !(ids.Contains(fragment) || ids.Contains(Uri.UnescapeDataString(fragment))))
            {
                return $"the {(link.ClassList.Contains("footnote-ref") ? "marker" : "back-link")} “{link.TextContent}” leads to “{link.GetAttribute("href")}”, which is not on the page";
            }
        }

        var markers = body.QuerySelectorAll("a.footnote-ref").Select(a => a.Id).ToHashSet(StringComparer.Ordinal);
        var unreached = body.QuerySelectorAll(".footnotes > ol > li")
            .FirstOrDefault(note => note.QuerySelector(".footnote-context") is null
                && !note.QuerySelectorAll("a.footnote-back-ref").Any(back => markers.Contains(Uri.UnescapeDataString(back.GetAttribute("href")![1..]))));
        return unreached is null ? null : $"note {unreached.Id} links back to no marker, and does not say it has none";
    }
}
