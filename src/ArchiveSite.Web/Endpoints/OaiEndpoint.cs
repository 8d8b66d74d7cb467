using ArchiveSite.Core.Archive;
using ArchiveSite.Core.Harvesting;
using ArchiveSite.Core.Reading;
using ArchiveSite.Web.Http;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Endpoints;

/// <summary>
/// <c>/oai</c>: the OAI-PMH 2.0 endpoint. GET with query arguments, or POST with form arguments,
/// as the protocol allows; every answer, errors included, is an OAI-PMH XML document with status 200.
/// </summary>
public static class OaiEndpoint
{
    /// <summary>Maps <c>/oai</c>.</summary>
    public static IEndpointRouteBuilder MapOai(this IEndpointRouteBuilder app)
    {
        app.MapMethods("/oai", [HttpMethods.Get, HttpMethods.Head, HttpMethods.Post], Handle).ExcludeFromDescription();
        return app;
    }

    private static async Task<IResult> Handle(HttpContext context, ArchiveSnapshot archive, IOptions<ArchiveOptions> options)
    {
        var request = context.Request;
        var arguments = new List<KeyValuePair<string, string>>();
        foreach (var (key, values) in request.Query)
        {
            arguments.AddRange(values.Select(v => new KeyValuePair<string, string>(key, v ?? "")));
        }

        if (HttpMethods.IsPost(request.Method) && request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(context.RequestAborted);
            foreach (var (key, values) in form)
            {
                arguments.AddRange(values.Select(v => new KeyValuePair<string, string>(key, v ?? "")));
            }
        }

        var baseUrl = SiteAddress.BaseUrl(request, options);
        var repository = new OaiRepository(options.Value.SiteName, baseUrl + "/oai", options.Value.AdminEmail,
            new Uri(baseUrl).Host, id => SiteIdentity.Permalink(baseUrl, id));
        var harvest = await archive.HarvestAsync();
        return XmlResult.Of(harvest.Respond(repository, arguments, DateTimeOffset.UtcNow), "text/xml");
    }
}
