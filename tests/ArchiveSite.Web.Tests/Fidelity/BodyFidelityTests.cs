using System.Collections.Concurrent;
using System.Net;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Tests;
using Xunit.Abstractions;

namespace ArchiveSite.Web.Tests.Fidelity;

/// <summary>
/// The archive's first promise: every word of a record's body, footnote labels included, is on its
/// detail page as written and in order, and its notes link to their markers and back. Checked on the seeds and on the FRUS slice committed with
/// the tests (the records of every shape that once lost words); <c>bash tests/corpus/run.sh</c> and
/// <c>bash tests/corpus/fidelity.sh</c> run the same check over the whole FRUS corpus by naming it
/// in <c>ARCHIVESITE_CORPUS</c> (<see cref="FrusCorpus"/>).
/// </summary>
public sealed class BodyFidelityTests(ITestOutputHelper output)
{
    [Fact]
    public Task EverySeedShowsEveryWordOfItsBodyOnItsPage() => AssertEveryRecordWhole(RepositoryPaths.Seeds);

    [Fact]
    [Trait("Corpus", "FRUS")]
    public async Task EveryFrusRecordShowsEveryWordOfItsBodyOnItsPage()
    {
        using var corpus = FrusCorpus.Open();
        await AssertEveryRecordWhole(corpus.Folder);
    }

    private async Task AssertEveryRecordWhole(string folder)
    {
        var load = DocumentLoader.Load(folder);
        Assert.Empty(load.Rejections);
        Assert.NotEmpty(load.Documents);

        using var site = new ArchiveSiteFactory
        {
            DocumentsPath = folder,
            // The check reads every page once the archive is open: no background build to wait out.
            Settings = new Dictionary<string, string> { ["Archive:BackgroundIndexThreshold"] = "10000000" },
        };
        using var client = site.CreateClient();
        var failures = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(load.Documents, new ParallelOptions { MaxDegreeOfParallelism = 4 }, async (document, _) =>
        {
            var (response, page) = await Html.GetAsync(client, "/documents/" + Uri.EscapeDataString(document.Id));
            var body = page.QuerySelector("article.document .body");
            var difference = response.StatusCode != HttpStatusCode.OK ? $"the page answered {(int)response.StatusCode}"
                : body is null ? "the page has no body"
                : BodyWords.FirstDifference(BodyWords.Source(document), BodyWords.Page(body)) ?? FootnoteLinks.FirstBroken(body);
            if (difference is not null)
            {
                failures.Add($"{Path.GetFileName(document.SourceFile)}: {difference}");
            }
        });

        output.WriteLine($"{load.Documents.Count - failures.Count} of {load.Documents.Count} records of {folder} show every word of their body, their notes linked both ways.");
        Assert.True(failures.IsEmpty,
            $"{failures.Count} of {load.Documents.Count} records of {folder} do not show their body as written:\n" + string.Join('\n', failures.Order(StringComparer.Ordinal).Take(100)));
    }
}
