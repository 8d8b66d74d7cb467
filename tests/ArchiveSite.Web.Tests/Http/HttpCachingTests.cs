using System.IO.Compression;
using System.Net;
using System.Net.Http.Headers;

namespace ArchiveSite.Web.Tests.Http;

/// <summary>Validators, 304 answers, cache lifetimes and compression.</summary>
public sealed class HttpCachingTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    [Theory]
    [InlineData("/documents/112082")]
    [InlineData("/search?q=pilots")]
    [InlineData("/?page=1")]
    [InlineData("/api/documents/112082")]
    [InlineData("/documents/112082/citation.ris")]
    [InlineData("/sitemap.xml")]
    [InlineData("/feed.atom")]
    public async Task AClientThatHasThePageGetsNotModified(string url)
    {
        var client = factory.CreateClient();
        var first = await client.GetAsync(url);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        var etag = first.Headers.ETag;
        Assert.NotNull(etag);
        Assert.True(etag.IsWeak);
        Assert.NotNull(first.Content.Headers.LastModified);
        Assert.True(first.Headers.CacheControl!.Public);

        using var byTag = new HttpRequestMessage(HttpMethod.Get, url);
        byTag.Headers.IfNoneMatch.Add(etag);
        var notModified = await client.SendAsync(byTag);
        Assert.Equal(HttpStatusCode.NotModified, notModified.StatusCode);
        Assert.Empty(await notModified.Content.ReadAsByteArrayAsync());

        using var byDate = new HttpRequestMessage(HttpMethod.Get, url);
        byDate.Headers.IfModifiedSince = first.Content.Headers.LastModified;
        Assert.Equal(HttpStatusCode.NotModified, (await client.SendAsync(byDate)).StatusCode);
    }

    [Fact]
    public async Task AnotherQueryIsAnotherPage()
    {
        var client = factory.CreateClient();
        var etag = (await client.GetAsync("/documents/112082")).Headers.ETag!;

        using var request = new HttpRequestMessage(HttpMethod.Get, "/documents/112082?q=Manchuria");
        request.Headers.IfNoneMatch.Add(etag);

        Assert.Equal(HttpStatusCode.OK, (await client.SendAsync(request)).StatusCode);
    }

    [Theory]
    [InlineData("br")]
    [InlineData("gzip")]
    public async Task PagesAreCompressedForClientsThatAcceptIt(string encoding)
    {
        var client = factory.CreateClient();
        var plain = await client.GetStringAsync("/documents/112082");
        using var request = new HttpRequestMessage(HttpMethod.Get, "/documents/112082");
        request.Headers.AcceptEncoding.Add(new StringWithQualityHeaderValue(encoding));

        var response = await client.SendAsync(request);

        Assert.Equal([encoding], response.Content.Headers.ContentEncoding);
        var compressed = await response.Content.ReadAsByteArrayAsync();
        Assert.True(compressed.Length * 3 < plain.Length, $"{compressed.Length} bytes compressed from {plain.Length}");
        using var stream = encoding == "br" ? (Stream)new BrotliStream(new MemoryStream(compressed), CompressionMode.Decompress) : new GZipStream(new MemoryStream(compressed), CompressionMode.Decompress);
        Assert.Equal(plain, await new StreamReader(stream).ReadToEndAsync());
    }

    [Fact]
    public async Task ARenderedPageIsServedFromTheOutputCacheTheSecondTime()
    {
        var client = factory.CreateClient();
        var url = "/search?q=jet+fighter&cache-test=" + Guid.NewGuid().ToString("N");

        var first = await client.GetAsync(url);
        var second = await client.GetAsync(url);

        Assert.Null(first.Headers.Age);
        Assert.NotNull(second.Headers.Age); // the output cache says how old its copy is
        Assert.Equal(await first.Content.ReadAsStringAsync(), await second.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task AVersionedStylesheetIsKeptForAYear()
    {
        var client = factory.CreateClient();
        var (_, page) = await Html.GetAsync(client, "/");
        var stylesheet = page.QuerySelector("link[rel=stylesheet]")!.GetAttribute("href")!;
        Assert.Contains("?v=", stylesheet, StringComparison.Ordinal);

        var response = await client.GetAsync(stylesheet);

        Assert.Equal("public, max-age=31536000, immutable", response.Headers.CacheControl!.ToString());
    }
}
