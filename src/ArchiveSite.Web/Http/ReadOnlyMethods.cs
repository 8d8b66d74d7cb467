namespace ArchiveSite.Web.Http;

/// <summary>
/// The archive is read-only: every address answers GET and HEAD, and any other method gets 405
/// Method Not Allowed with <c>Allow</c>, on every path (pages, the API, static files, unknown
/// addresses), before anything else looks at the request. The one exception is <c>/oai</c>, which
/// also takes POST because the OAI-PMH protocol lets harvesters send their arguments as a form.
/// </summary>
public static class ReadOnlyMethods
{
    /// <summary>The methods every address answers.</summary>
    public const string Allowed = "GET, HEAD";

    /// <summary>The methods <c>/oai</c> answers.</summary>
    public const string AllowedForOai = "GET, HEAD, POST";

    /// <summary>Answers 405 to any method an address does not take; call it before static files and endpoints.</summary>
    public static IApplicationBuilder UseReadOnlyMethods(this IApplicationBuilder app) => app.Use(async (context, next) =>
    {
        var request = context.Request;
        var allowed = AllowedAt(request.Path);
        if (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method) || (HttpMethods.IsPost(request.Method) && allowed == AllowedForOai))
        {
            await next(context);
            return;
        }

        var explanation = $"This archive is read-only: its addresses are read with {allowed.Replace(", ", " or ", StringComparison.Ordinal)}, not {request.Method}.";
        context.Response.Headers.Allow = allowed;
        context.Response.Headers.CacheControl = "no-store";
        if (ApiProblem.IsApi(request.Path))
        {
            await ApiProblem.WriteAsync(context, StatusCodes.Status405MethodNotAllowed, "Method not allowed", explanation);
            return;
        }

        context.Response.StatusCode = StatusCodes.Status405MethodNotAllowed;
        context.Response.ContentType = "text/html; charset=utf-8";
        await context.Response.WriteAsync(PlainPage.Html("Method not allowed", "Method not allowed", explanation,
            "Follow a link or use the search form: nothing on this site is changed by a request."));
    });

    /// <summary>
    /// Lets every GET endpoint of the group answer HEAD too. Razor Pages do so by themselves, but a
    /// minimal-API <c>MapGet</c> takes GET alone, and routing would answer HEAD with 405.
    /// </summary>
    public static TBuilder AnswerHeadLikeGet<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder
    {
        builder.Finally(endpoint =>
        {
            if (endpoint.Metadata.OfType<IHttpMethodMetadata>().LastOrDefault() is { } methods
                && methods.HttpMethods.Contains(HttpMethods.Get) && !methods.HttpMethods.Contains(HttpMethods.Head))
            {
                endpoint.Metadata.Add(new HttpMethodMetadata([.. methods.HttpMethods, HttpMethods.Head], methods.AcceptCorsPreflight));
            }
        });
        return builder;
    }

    /// <summary>The <c>Allow</c> value of an address.</summary>
    public static string AllowedAt(PathString path) =>
        path.Equals("/oai", StringComparison.OrdinalIgnoreCase) ? AllowedForOai : Allowed;
}
