using ArchiveSite.Core.Selection;
using Microsoft.AspNetCore.Http.Extensions;

namespace ArchiveSite.Web.Pages;

/// <summary>
/// The selection without JavaScript: pages opened from a selection carry it in their address
/// (<c>sel=112082,112079</c>), and "add" and "remove" are links to the same page with another
/// <c>sel</c>, so nothing is kept on the server and the browser's Back button undoes a change.
/// Result lists keep the parameter in every link they build (pages, facets, documents opened),
/// and the search forms send it along. With JavaScript the list lives in the browser instead
/// (<c>wwwroot/js/selection.js</c>) and these links become buttons.
/// </summary>
public static class SelectionUrl
{
    /// <summary>The parameter that carries the selection through pages.</summary>
    public const string Parameter = "sel";

    /// <summary>The selection the page's address carries; empty when none.</summary>
    public static SelectionList Current(HttpRequest request) => SelectionList.Parse(request.Query[Parameter].FirstOrDefault());

    /// <summary>This page with <paramref name="id"/> added to the selection it carries, back at the document's control.</summary>
    public static string Add(HttpRequest request, string id) => WithSelection(request, Current(request).With(id)) + "#" + ControlId(id);

    /// <summary>This page with <paramref name="id"/> taken out of the selection it carries.</summary>
    public static string Remove(HttpRequest request, string id) => WithSelection(request, Current(request).Without(id)) + "#" + ControlId(id);

    /// <summary>The selection page of the list this page carries: <c>/selection?ids=…</c>, or <c>/selection</c>.</summary>
    public static string Page(HttpRequest request) => Page(Current(request).Value);

    /// <summary>The selection page of <paramref name="ids"/> (joined as the address carries them), in <paramref name="style"/> when it is not the default.</summary>
    public static string Page(string ids, string? style = null)
    {
        var query = new QueryBuilder();
        if (ids.Length > 0)
        {
            query.Add("ids", ids);
        }

        if (style is not null && style != BibliographyStyle.Default)
        {
            query.Add("style", style);
        }

        return "/selection" + query.ToQueryString();
    }

    /// <summary>A document's address keeping the selection this page carries (and the query <paramref name="q"/> to mark, when given).</summary>
    public static string Document(HttpRequest request, string id, string? q = null)
    {
        var parameters = new List<string>();
        if (!string.IsNullOrWhiteSpace(q))
        {
            parameters.Add("q=" + Uri.EscapeDataString(q));
        }

        if (Current(request) is { Count: > 0 } selection)
        {
            // Well-formed ids and commas are all characters a query may carry as they are.
            parameters.Add(Parameter + "=" + selection.Value);
        }

        return $"/documents/{Uri.EscapeDataString(id)}" + (parameters.Count == 0 ? "" : "?" + string.Join("&", parameters));
    }

    /// <summary>The id of a document's add/remove control, the fragment its links come back to.</summary>
    public static string ControlId(string id) => "select-" + id;

    private static string WithSelection(HttpRequest request, string ids)
    {
        var query = new QueryBuilder();
        foreach (var (key, values) in request.Query.Where(kv => kv.Key != Parameter))
        {
            foreach (var value in values.OfType<string>())
            {
                query.Add(key, value);
            }
        }

        if (ids.Length > 0)
        {
            query.Add(Parameter, ids);
        }

        return request.Path + query.ToQueryString();
    }
}
