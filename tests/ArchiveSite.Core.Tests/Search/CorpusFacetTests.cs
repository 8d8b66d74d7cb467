using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>Facet values over real FRUS records (the slice, or the whole corpus) are names to group by, not fragments of file numbers.</summary>
[Collection(CorpusCollection.Name)]
[Trait("Corpus", "FRUS")]
public sealed class CorpusFacetTests(CorpusFixture corpus)
{
    [Fact]
    public void ArchiveValuesAreNamesNotFileNumbers()
    {
        var archive = Facets.Find("archive")!;

        var values = corpus.Result.Documents.SelectMany(d => archive.Values(d, NameAuthority.Default)).Distinct(StringComparer.Ordinal).ToArray();

        // FRUS cites "Department of State, Central Files, 033.9411/10–1254: Telegram"; the split-off
        // file numbers once made 1,556 archive values.
        Assert.DoesNotContain(values, v => v.Any(char.IsDigit));
        Assert.InRange(values.Length, 1, 50);
    }
}
