using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Core.Tests.Search;

/// <summary>An in-memory index of the two seeds plus a few hand-written records with the shapes search must handle.</summary>
public sealed class TestArchive : IDisposable
{
    public TestArchive()
    {
        var documents = DocumentLoader.Load(RepositoryPaths.Seeds).Documents.ToList();
        documents.Add(Parse("month.txt", "Memorandum on aviation training", "November 1950", "https://example.org/document/month-1950",
            "APRF, f. 3, op. 65, d. 826, ll. 1-2", "A memorandum dated only to the month.", "The aviation school reported on training."));
        documents.Add(Parse("year.txt", "Annual report on the Korean border", "1949", "https://example.org/document/year-1949",
            "AVPRF, Fond 0102, Opis 5, Delo 12", "A report dated only to the year.", "Border incidents were counted."));
        documents.Add(Parse("undated.txt", "Editorial Note", "undated", "https://example.org/document/undated-note",
            "Department of State, Central Files", "A note without a date.", "Pilots of the air force, and one of the fond's clerks.", language: "English"));
        Documents = documents;
        Index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default);
        Searcher = new ArchiveSearcher(Index);
        Relations = new DocumentRelations(Index);
    }

    public IReadOnlyList<ArchiveDocument> Documents { get; }

    public ArchiveIndex Index { get; }

    public ArchiveSearcher Searcher { get; }

    public DocumentRelations Relations { get; }

    public SearchResults Search(string? text = null, string? from = null, string? to = null, SearchSort? sort = null) =>
        Searcher.Search(new SearchRequest(text, from, to, sort));

    public string[] Ids(string? text = null, string? from = null, string? to = null, SearchSort? sort = null)
    {
        var results = Search(text, from, to, sort);
        Assert.Null(results.Error);
        return results.Hits.Select(h => h.Id).ToArray();
    }

    public void Dispose() => Index.Dispose();

    internal static ArchiveDocument Parse(string file, string title, string date, string url, string reference, string summary, string body, string language = "Russian")
    {
        var text = $"{title}\n\nCitation:\n\n\"{title}\", {date}, Test Archive, {reference} {url}\n\nSummary:\n\n{summary}\n\nOriginal Language:\n\n{language}\n\nContents:\n\nTranslation - English\n\n{body}\n";
        var result = RecordParser.Parse(text, file);
        Assert.True(result.IsSuccess, result.Rejection?.ToString());
        return result.Document!;
    }
}
