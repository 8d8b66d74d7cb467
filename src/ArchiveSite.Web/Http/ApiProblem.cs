namespace ArchiveSite.Web.Http;

/// <summary>
/// Errors the API answers outside its endpoints (a refused method, a rate limit), in the API's own
/// form: RFC 9457 problem details (<c>application/problem+json</c>), as <c>docs/api.md</c> promises.
/// </summary>
public static class ApiProblem
{
    /// <summary>True for the JSON API's addresses, <c>/api/…</c>.</summary>
    public static bool IsApi(PathString path) => path.StartsWithSegments("/api", StringComparison.OrdinalIgnoreCase);

    /// <summary>Writes the problem with its status.</summary>
    public static Task WriteAsync(HttpContext context, int status, string title, string detail) =>
        TypedResults.Problem(detail, statusCode: status, title: title).ExecuteAsync(context);
}
