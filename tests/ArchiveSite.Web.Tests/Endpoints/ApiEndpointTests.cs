using System.Net;
using System.Text.Json;

namespace ArchiveSite.Web.Tests.Endpoints;

/// <summary>The JSON API and its OpenAPI description, through HTTP.</summary>
public sealed class ApiEndpointTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    private async Task<(HttpResponseMessage Response, JsonElement Json)> Get(string url)
    {
        var response = await factory.CreateClient().GetAsync(url);
        using var json = JsonDocument.Parse(await response.Content.ReadAsStringAsync());
        return (response, json.RootElement.Clone());
    }

    [Fact]
    public async Task ARecordComesWholeWithItsVersionsAndReferences()
    {
        var (response, record) = await Get("/api/documents/112082");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/json", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("Telegram from Stalin to Kim II Sung, via Shtykov", record.GetProperty("title").GetString());
        Assert.Equal("1950-11-20", record.GetProperty("date").GetProperty("iso").GetString());
        Assert.Equal("day", record.GetProperty("date").GetProperty("precision").GetString());
        var version = record.GetProperty("version").GetString()!;
        Assert.Matches("^[0-9a-f]{12}$", version);
        Assert.Equal($"http://localhost/documents/112082/v/{version}", record.GetProperty("versionedPermalink").GetString());
        Assert.Equal(version, Assert.Single(record.GetProperty("versions").EnumerateArray()).GetProperty("version").GetString());
        var reference = record.GetProperty("citation").GetProperty("references")[0];
        Assert.Equal("APRF", reference.GetProperty("archive").GetString());
        Assert.Equal("fond", reference.GetProperty("levels")[0].GetProperty("kind").GetString());
        Assert.EndsWith("20 November 1950 Copies: Bulganin, Shtemenko, Stalin.", record.GetProperty("body").GetString()!.TrimEnd(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task AnUnknownRecordIsAProblemThatSaysWhatIdsLookLike()
    {
        var (response, problem) = await Get("/api/documents/999999");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        Assert.Contains("'999999'", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheListPagesThroughEveryRecordByDate()
    {
        var (_, first) = await Get("/api/documents?pageSize=1");
        Assert.Equal(2, first.GetProperty("total").GetInt32());
        Assert.Equal("112079", first.GetProperty("documents")[0].GetProperty("id").GetString());

        var (_, second) = await Get(first.GetProperty("next").GetString()!);
        Assert.Equal("112082", second.GetProperty("documents")[0].GetProperty("id").GetString());
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);
    }

    [Fact]
    public async Task SearchTakesTheSearchPagesParametersAndMarksMatches()
    {
        var (response, results) = await Get("/api/search?q=Kim+Il+Sung&from=1950-11-18&f.language=Russian");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(1, results.GetProperty("total").GetInt32());
        var hit = results.GetProperty("hits")[0];
        Assert.Equal("112082", hit.GetProperty("id").GetString());
        Assert.Contains("Kim II Sung", hit.GetProperty("matches").EnumerateArray().Select(m => m.GetString()));
        Assert.Contains(results.GetProperty("facets").EnumerateArray(), f => f.GetProperty("key").GetString() == "year");
    }

    [Fact]
    public async Task AnUnreadableQueryIsABadRequestWithTheSearchsOwnMessage()
    {
        var (response, problem) = await Get("/api/search?q=%22Kim");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.StartsWith("The query has an opening quotation mark without a closing one.", problem.GetProperty("detail").GetString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task TheOpenApiDocumentDescribesEveryApiOperation()
    {
        var (response, openApi) = await Get("/openapi/v1.json");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("3.", openApi.GetProperty("openapi").GetString(), StringComparison.Ordinal);
        Assert.Equal(["/api/documents", "/api/documents/{id}", "/api/quote", "/api/search"], openApi.GetProperty("paths").EnumerateObject().Select(p => p.Name).Order());
        // HEAD is answered too, but is not a second operation under the same operationId.
        Assert.All(openApi.GetProperty("paths").EnumerateObject(), p => Assert.Equal(["get"], p.Value.EnumerateObject().Select(o => o.Name)));
        Assert.True(openApi.GetProperty("components").GetProperty("schemas").TryGetProperty("ApiDocument", out _));
        Assert.True(openApi.GetProperty("components").GetProperty("schemas").TryGetProperty("ApiQuoteCheck", out _));
    }
}
