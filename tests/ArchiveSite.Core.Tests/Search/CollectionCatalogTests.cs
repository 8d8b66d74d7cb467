using ArchiveSite.Core.Collections;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Index;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>Every collection of an index in its own order, read from the doc values the index writes for each membership.</summary>
public sealed class CollectionCatalogTests : IDisposable
{
    private const string Volume = "Foreign Relations of the United States, 1961–1963, Volume XV, Berlin Crisis, 1962–1963";

    private readonly ArchiveIndex _index;
    private readonly DocumentRelations _relations;

    public CollectionCatalogTests()
    {
        var documents = DocumentLoader.Load(RepositoryPaths.Seeds).Documents.ToList();
        // Written in neither numeric nor character order; dated against their numbers; one undated.
        foreach (var (number, date) in new[] { (10, "March 1, 1962"), (2, "March 9, 1962"), (100, "January 2, 1963"), (9, "undated") })
        {
            documents.Add(Frus(number, date));
        }

        _index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default);
        _relations = new DocumentRelations(_index);
    }

    public void Dispose() => _index.Dispose();

    private static ArchiveDocument Frus(int number, string date)
    {
        var title = $"Telegram on Berlin, number {number}";
        var text = $"{title}\n\nCitation:\n\n“{title},” {date}, {Volume}, Document {number}, Central Files <https://history.state.gov/historicaldocuments/frus1961-63v15/d{number}>\n\n" +
            "Summary:\n\nA telegram.\n\nOriginal Language:\n\nEnglish\n\nContents:\n\nOriginal\n\nThe Berlin access routes.\n";
        var result = RecordParser.Parse(text, $"d{number}.txt");
        Assert.True(result.IsSuccess, result.Rejection?.ToString());
        return result.Document!;
    }

    [Fact]
    public void EveryCollectionIsListedVolumesFirstWithItsCountAndYears()
    {
        var all = _relations.Collections.All;

        Assert.Equal(["frus1961-63v15", "aprf-fond-45", "avprf-fond-059a"], all.Select(c => c.Id));
        Assert.Equal([CollectionKind.Volume, CollectionKind.Fond, CollectionKind.Fond], all.Select(c => c.Kind));
        Assert.Equal([Volume, "APRF, Fond 45", "AVPRF, Fond 059a"], all.Select(c => c.Title));
        Assert.Equal([4, 2, 2], all.Select(c => c.Count));
        Assert.Equal(["1962–1963", "1950", "1950"], all.Select(c => c.Years));
    }

    [Fact]
    public void AVolumesDocumentsAreInNumberOrderWhateverTheirDates()
    {
        var items = _relations.CollectionItems("frus1961-63v15", 0, 50);

        Assert.Equal(["Document 2", "Document 9", "Document 10", "Document 100"], items.Select(i => i.Place));
        Assert.Equal([1, 2, 3, 4], items.Select(i => i.Number));
        Assert.Equal("undated", items[1].Document.DateText);
    }

    [Fact]
    public void APageOfACollectionStartsAtItsPlace()
    {
        var items = _relations.CollectionItems("frus1961-63v15", 2, 1);

        Assert.Equal("frus1961-63v15-d10", Assert.Single(items).Document.Id);
        Assert.Equal(3, items[0].Number);
        Assert.Empty(_relations.CollectionItems("frus1961-63v15", 4, 50));
        Assert.Empty(_relations.CollectionItems("no-such-collection", 0, 50));
    }

    [Fact]
    public void ARecordKnowsItsNeighboursInEachOfItsCollections()
    {
        var volume = Assert.Single(_relations.CollectionPlaces("frus1961-63v15-d9"));
        var seed = _relations.CollectionPlaces("112082");

        Assert.Equal((2, "Document 9"), (volume.Number, volume.Place));
        Assert.Equal(("frus1961-63v15-d2", "frus1961-63v15-d10"), (volume.Previous!.Document.Id, volume.Next!.Document.Id));
        Assert.Equal("Document 2", volume.Previous.Place);
        Assert.Equal(["aprf-fond-45", "avprf-fond-059a"], seed.Select(p => p.Collection.Id));
        Assert.Equal("112079", seed[0].Previous!.Document.Id);
        Assert.Null(seed[0].Next);
        Assert.Null(seed[1].Previous);
        Assert.Equal("112079", seed[1].Next!.Document.Id);
    }

    [Fact]
    public void ARecordInNoCollectionOrUnknownHasNoPlaces() =>
        Assert.Empty(_relations.CollectionPlaces("no-such-record"));

    [Fact]
    public void TheCollectionFieldAndFacetFindTheVolume()
    {
        var searcher = new ArchiveSearcher(_index);

        var byField = searcher.Search(new(Text: "collection:FRUS1961-63v15"));
        var byFacet = searcher.Search(new(Filters: new Dictionary<string, IReadOnlyList<string>> { ["collection"] = [Volume] }));

        Assert.Equal(4, byField.TotalHits);
        Assert.Equal(4, byFacet.TotalHits);
        Assert.Equal(4, byField.Facets.Single(f => f.Dimension == Facets.Collection).Values.Single().Count);
    }

    [Fact]
    public void ADeletedRecordLeavesItsCollectionsThoughItsSegmentStillHoldsIt()
    {
        // As an update in place does: the record is marked deleted in its segment, not merged away.
        var config = new IndexWriterConfig(ArchiveAnalyzer.Version, _index.Analyzer) { OpenMode = OpenMode.APPEND, MergePolicy = NoMergePolicy.NO_COMPOUND_FILES };
        using (var writer = new IndexWriter(_index.Directory, config))
        {
            writer.DeleteDocuments(new Term(IndexSchema.Id, "112079"));
            writer.Commit();
        }

        _index.Searchers.MaybeRefreshBlocking();
        var relations = new DocumentRelations(_index);

        Assert.Equal([4, 1, 1], relations.Collections.All.Select(c => c.Count));
        Assert.All(relations.CollectionPlaces("112082"), p => Assert.True(p.Previous is null && p.Next is null));
    }
}
