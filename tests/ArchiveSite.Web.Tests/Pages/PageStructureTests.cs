using AngleSharp.Dom;

namespace ArchiveSite.Web.Tests.Pages;

/// <summary>
/// What a screen reader announces of every page type: the language, a title, the landmarks
/// (banner, navigation, search, main, contentinfo), each named where there are several of a kind,
/// and an outline of headings with one h1 that never skips a level.
/// </summary>
public sealed class PageStructureTests(ArchiveSiteFactory factory) : IClassFixture<ArchiveSiteFactory>
{
    private async Task<IDocument> Load(string url, int status)
    {
        var client = factory.CreateClient();
        var (response, page) = await Html.GetAsync(client, await PageTypes.ResolveAsync(client, url));
        Assert.Equal(status, (int)response.StatusCode);
        return page;
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task ThePageHasOneOfEachLandmarkAndALanguage(string url, int status)
    {
        var page = await Load(url, status);

        Assert.Equal("en", page.DocumentElement.GetAttribute("lang"));
        Assert.EndsWith(" · ArchiveSite", page.Title, StringComparison.Ordinal);
        Assert.False(string.IsNullOrWhiteSpace(page.Title![..^" · ArchiveSite".Length]));
        Assert.Single(page.QuerySelectorAll("body > header"));
        Assert.Single(page.QuerySelectorAll("main"));
        Assert.Single(page.QuerySelectorAll("body > footer"));
        Assert.Equal("main", page.QuerySelector("main")!.Id);
        Assert.Equal("#main", page.QuerySelector("body > a:first-child")?.GetAttribute("href"));

        // Several landmarks of one kind are told apart by their names.
        foreach (var kind in new[] { "nav", "[role=search]", "aside", "section[aria-label], section[aria-labelledby]" })
        {
            var landmarks = page.QuerySelectorAll(kind);
            if (landmarks.Length > 1 || kind == "nav")
            {
                var names = landmarks.Select(l => AccessibleName(page, l)).ToList();
                Assert.All(names, name => Assert.False(string.IsNullOrWhiteSpace(name), $"An unnamed {kind} on {url}"));
                Assert.Equal(names.Count, names.Distinct(StringComparer.Ordinal).Count());
            }
        }
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task TheHeadingsFormAnOutlineUnderOneH1(string url, int status)
    {
        var page = await Load(url, status);

        var headings = page.QuerySelectorAll("h1, h2, h3, h4, h5, h6").ToList();
        var h1 = Assert.Single(headings, h => h.LocalName == "h1");
        Assert.Same(headings[0], h1);
        Assert.False(string.IsNullOrWhiteSpace(h1.Text()));
        Assert.True(page.QuerySelector("main")!.Contains(h1), $"The h1 of {url} is outside main");

        var level = 1;
        foreach (var heading in headings.Skip(1))
        {
            var next = heading.LocalName[1] - '0';
            Assert.True(next <= level + 1, $"{url}: <{heading.LocalName}> \"{heading.Text()}\" follows an h{level}");
            Assert.False(string.IsNullOrWhiteSpace(heading.Text()), $"{url}: an empty <{heading.LocalName}>");
            level = next;
        }
    }

    [Theory]
    [MemberData(nameof(PageTypes.All), MemberType = typeof(PageTypes))]
    public async Task EveryFormControlHasALabelAndEveryLinkAName(string url, int status)
    {
        var page = await Load(url, status);

        foreach (var control in page.QuerySelectorAll("input:not([type=hidden]), select, textarea"))
        {
            var labelled = (control.Id is { Length: > 0 } id && page.QuerySelector($"label[for='{id}']") is not null)
                || control.Closest("label") is not null
                || control.HasAttribute("aria-label") || control.HasAttribute("aria-labelledby");
            Assert.True(labelled, $"{url}: {control.OuterHtml} has no label");
        }

        foreach (var link in page.QuerySelectorAll("a[href]"))
        {
            Assert.False(string.IsNullOrWhiteSpace(AccessibleName(page, link)), $"{url}: the link {link.OuterHtml} has no name");
        }
    }

    /// <summary>The name a screen reader gives an element: aria-labelledby, aria-label, or its text.</summary>
    private static string AccessibleName(IDocument page, IElement element) =>
        element.GetAttribute("aria-labelledby") is { } ids
            ? string.Join(' ', ids.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(id => page.GetElementById(id).Text()))
            : element.GetAttribute("aria-label") ?? element.Text();
}
