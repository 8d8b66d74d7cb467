namespace ArchiveSite.Web.Http;

/// <summary>
/// The security headers of every response (pages, API, static files, errors, notices), in one
/// place. They are set just before the response starts, so nothing that answers earlier or clears
/// the response on the way (the exception handler, the indexing notice, the rate limiter, the
/// output cache replaying a page) can leave them out. HSTS is not here: <c>UseHsts</c> sends it,
/// and only over HTTPS.
/// </summary>
public static class SecurityHeaders
{
    /// <summary>
    /// Nothing but the site's own files: pages load one stylesheet and one script from the site and
    /// have no inline style, script or event handler, so none is allowed (a record or a query that
    /// slipped markup past the encoding still could not run). Images only from the site, so a record
    /// cannot make a reader's browser call a third party. <c>connect-src 'self'</c>: no page fetches
    /// anything, but tools that audit a page fetch the site's own files from inside it (Lighthouse
    /// reads <c>/robots.txt</c> that way, and reports it missing when that is refused); connecting to
    /// any other site stays refused. Forms submit only to the site; <c>base-uri 'none'</c> stops an injected
    /// <c>&lt;base&gt;</c> from moving every relative link; no site may frame a page (clickjacking).
    /// The JSON-LD block on a document page is data (<c>application/ld+json</c>), never executed,
    /// so it needs no exception.
    /// </summary>
    public const string ContentSecurityPolicy =
        "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; " +
        "form-action 'self'; base-uri 'none'; frame-ancestors 'none'";

    /// <summary>
    /// The same as <c>frame-ancestors 'none'</c>, for browsers too old to read CSP.
    /// </summary>
    public const string FrameOptions = "DENY";

    /// <summary>
    /// Browsers take each file as the type the site declares: a record file, a JSON answer or a
    /// citation export is never sniffed into HTML and run.
    /// </summary>
    public const string ContentTypeOptions = "nosniff";

    /// <summary>
    /// A researcher's searches stay private: links out of the archive (a record's source URL) send
    /// the site's origin only, never the path and query string (<c>/search?q=…</c>).
    /// </summary>
    public const string ReferrerPolicy = "strict-origin-when-cross-origin";

    /// <summary>
    /// A reading site needs no device: camera, microphone, location, sensors, payment and USB are
    /// switched off for the site and anything it could be made to embed. The clipboard (the copy
    /// buttons of citations) is left at the browser's default, the site itself.
    /// </summary>
    public const string PermissionsPolicy =
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()";

    /// <summary>Adds the headers to every response of the rest of the pipeline; call it first.</summary>
    public static IApplicationBuilder UseSecurityHeaders(this IApplicationBuilder app) => app.Use((context, next) =>
    {
        var response = context.Response;
        response.OnStarting(() =>
        {
            Apply(response.Headers);
            return Task.CompletedTask;
        });
        return next(context);
    });

    /// <summary>Sets the headers, replacing any earlier value.</summary>
    private static void Apply(IHeaderDictionary headers)
    {
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        headers.XFrameOptions = FrameOptions;
        headers.XContentTypeOptions = ContentTypeOptions;
        headers["Referrer-Policy"] = ReferrerPolicy;
        headers["Permissions-Policy"] = PermissionsPolicy;
    }
}
