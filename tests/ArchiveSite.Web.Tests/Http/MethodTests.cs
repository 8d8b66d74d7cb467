using System.Net;
using System.Text.Json;

namespace ArchiveSite.Web.Tests.Http;

/// <summary>A read-only site: GET and HEAD everywhere, 405 with Allow for anything else; POST on /oai only.</summary>
public sealed class MethodTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    public static TheoryData<string, string> RefusedRequests()
    {
        var data = new TheoryData<string, string>();
        foreach (var method in new[] { "POST", "PUT", "DELETE", "PATCH", "OPTIONS", "TRACE", "PROPFIND" })
        {
            foreach (var path in new[] { "/", "/search?q=Stalin", "/documents/112082", "/documents/112082/citation.bib", "/css/site.css", "/robots.txt", "/no/such/page", "/error", "/status/404" })
            {
                data.Add(method, path);
            }
        }

        return data;
    }

    [Theory]
    [MemberData(nameof(RefusedRequests))]
    public async Task AnyOtherMethodThanGetOrHeadIs405WithAllowAndAPage(string method, string path)
    {
        var response = await RefusedAsync(method, path, "x=1");

        Assert.Equal("text/html", response.Content.Headers.ContentType?.MediaType);
        var page = await response.Content.ReadAsStringAsync();
        Assert.Contains("<h1>Method not allowed</h1>", page, StringComparison.Ordinal);
        Assert.Contains($"read with GET or HEAD, not {method}.", page, StringComparison.Ordinal);
        // In the site's layout: its header (a way on: browse, search) and margins.
        Assert.Contains("<header class=\"site-header\">", page, StringComparison.Ordinal);
        Assert.Contains("<main id=\"main\" class=\"wrap\"", page, StringComparison.Ordinal);
        SecureResponse.AssertHeaders(response);
    }

    [Theory]
    [InlineData("POST", "/api/documents")]
    [InlineData("DELETE", "/api/documents/112082")]
    [InlineData("PUT", "/api/search?q=Stalin")]
    [InlineData("PATCH", "/api/no-such-address")]
    public async Task TheApiAnswers405AsProblemDetails(string method, string path)
    {
        var response = await RefusedAsync(method, path, "{}");

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        using var problem = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        Assert.Equal(405, problem.RootElement.GetProperty("status").GetInt32());
        Assert.Equal("Method not allowed", problem.RootElement.GetProperty("title").GetString());
        Assert.Contains($"not {method}", problem.RootElement.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    /// <summary>Sends the request and checks what every refusal shares: 405, and Allow naming GET and HEAD.</summary>
    private async Task<HttpResponseMessage> RefusedAsync(string method, string path, string body)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), path) { Content = new StringContent(body) };
        var response = await factory.CreateClient().SendAsync(request);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal(["GET", "HEAD"], response.Content.Headers.Allow);
        return response;
    }

    [Fact]
    public async Task OaiTakesPostAsTheProtocolAllowsButNothingElse()
    {
        var client = factory.CreateClient();

        var posted = await client.PostAsync("/oai", new FormUrlEncodedContent([new("verb", "Identify")]));
        using var put = new HttpRequestMessage(HttpMethod.Put, "/oai") { Content = new FormUrlEncodedContent([new("verb", "Identify")]) };
        var refused = await client.SendAsync(put);

        Assert.Equal(HttpStatusCode.OK, posted.StatusCode);
        Assert.Contains("<Identify>", await posted.Content.ReadAsStringAsync(), StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, refused.StatusCode);
        Assert.Equal(["GET", "HEAD", "POST"], refused.Content.Headers.Allow);
    }

    [Fact]
    public async Task HeadIsAnsweredLikeGetWithoutABodyEverywhere()
    {
        // On Kestrel: the in-memory test server would pass a HEAD body through.
        using var site = new ArchiveSiteFactory();
        using var client = new HttpClient { BaseAddress = new Uri(site.StartKestrel()) };

        foreach (var path in new[] { "/", "/documents/112082", "/css/site.css", "/api/documents/112082", "/api/search?q=Stalin", "/documents/112082/citation.ris", "/sitemap.xml", "/robots.txt", "/oai?verb=Identify", "/openapi/v1.json" })
        {
            using var head = new HttpRequestMessage(HttpMethod.Head, path);
            var response = await client.SendAsync(head);

            Assert.True(response.StatusCode == HttpStatusCode.OK, $"HEAD {path}: {response.StatusCode}");
            Assert.Empty(await response.Content.ReadAsByteArrayAsync());
        }
    }
}
