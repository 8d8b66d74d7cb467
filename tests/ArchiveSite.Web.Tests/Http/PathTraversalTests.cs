using System.Globalization;

namespace ArchiveSite.Web.Tests.Http;

/// <summary>
/// Ids and versions that try to climb out of the archive, sent byte for byte to Kestrel: every
/// document, citation, thread, version, diff and API route answers 404 with its page (or Kestrel
/// refuses the request line with 400), and no file outside the index is ever read.
/// </summary>
public sealed class PathTraversalTests(KestrelSite kestrel) : IClassFixture<KestrelSite>
{
    private static readonly string[] Routes =
    [
        "/documents/{0}", "/documents/{0}/citation.bib", "/documents/{0}/thread", "/documents/{0}/v/0123456789ab",
        "/documents/112082/v/{0}", "/documents/112082/v/{0}/diff", "/api/documents/{0}",
    ];

    public static TheoryData<string, string> HostileIds()
    {
        var data = new TheoryData<string, string>();
        foreach (var id in new[]
        {
            "../../etc/passwd", "..%2F..%2Fetc%2Fpasswd", "%2e%2e%2f%2e%2e%2fetc%2fpasswd", "%2e%2e/%2e%2e/etc/passwd",
            "..%5C..%5Cetc%5Cpasswd", "..\\..\\etc\\passwd", "%252e%252e%252fetc%252fpasswd", "%c0%ae%c0%ae%c0%afetc%c0%afpasswd",
            "....//....//etc/passwd", "%2Fetc%2Fpasswd",
        })
        {
            foreach (var route in Routes)
            {
                data.Add(route, id);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(HostileIds))]
    public async Task AnIdOrVersionThatClimbsIsNotFoundWithItsPage(string route, string id)
    {
        var target = string.Format(CultureInfo.InvariantCulture, route, id);

        var answer = await RawHttp.GetAsync(kestrel.BaseUrl, target);

        Assert.Equal(404, answer.Status);
        Assert.DoesNotContain("root:", answer.Body, StringComparison.Ordinal);
        // The status page, or the API's problem, both saying so.
        Assert.True(answer.Body.Contains("<h1>Page not found</h1>", StringComparison.Ordinal) || answer.Body.Contains("\"title\":\"No such document\"", StringComparison.Ordinal),
            $"{target}: {answer.Body}");
    }

    [Theory]
    [InlineData("/documents/{0}%00")]
    [InlineData("/documents/{0}%00.txt")]
    [InlineData("/documents/{0}%00/citation.bib")]
    [InlineData("/api/documents/{0}%00")]
    [InlineData("/documents/{0}/v/0123456789ab%00/diff")]
    public async Task ANulByteIsRefusedByKestrelBeforeTheSiteSeesIt(string route)
    {
        // Kestrel answers a request line with a NUL itself, with no body (the in-memory test server
        // refuses one too); were one to get past, DocumentId.IsWellFormed refuses the id.
        var answer = await RawHttp.GetAsync(kestrel.BaseUrl, string.Format(CultureInfo.InvariantCulture, route, "112082"));

        Assert.Equal(400, answer.Status);
        Assert.Empty(answer.Body);
    }

    [Theory]
    [InlineData("/appsettings.json")]
    [InlineData("/css/..%2F..%2Fappsettings.json")]
    [InlineData("/css/%2e%2e/%2e%2e/appsettings.json")]
    [InlineData("/js/..%5C..%5Cappsettings.json")]
    [InlineData("/css/../../ArchiveSite.Web.dll")]
    [InlineData("/seeds/000_cd096c47c91ecbde.txt")]
    public async Task StaticFilesNeverReachOutsideTheirFolder(string target)
    {
        var answer = await RawHttp.GetAsync(kestrel.BaseUrl, target);

        Assert.Equal(404, answer.Status);
        Assert.Contains("<h1>Page not found</h1>", answer.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("Serilog", answer.Body, StringComparison.Ordinal);
    }
}
