using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Tests.Citations;

/// <summary>The seeds as citation contexts, permalinks on a made-up host, accessed on a fixed day.</summary>
internal static class CitationSamples
{
    public static readonly DateOnly Accessed = new(2026, 11, 23);

    public static CitationContext Seed(string id)
    {
        var path = RepositoryPaths.Seed(id);
        var result = DocumentLoader.LoadFile(path, Path.GetFileName(path));
        Assert.True(result.IsSuccess, result.Rejection?.ToString());
        return CitationContext.Of(result.Document!, NameAuthority.Default, $"https://archive.example.org/documents/{id}", Accessed);
    }

    public static ArchiveDate Date(string text)
    {
        Assert.True(ArchiveDateParser.TryParse(text, out var date));
        return date;
    }

    /// <summary>The seed 112082 under another title, its correspondents read from that title: <c>Telegram From the Department of State to the Embassy in Italy</c>.</summary>
    public static CitationContext Titled(string title)
    {
        var seed = Seed("112082");
        var document = seed.Document with { Title = title, Citation = seed.Document.Citation with { QuotedTitle = title } };
        return CitationContext.Of(document, NameAuthority.Default, seed.Permalink, Accessed);
    }

    /// <summary>The seed 112082 with another date.</summary>
    public static CitationContext Dated(string date)
    {
        var seed = Seed("112082");
        return seed with { Document = seed.Document with { Date = Date(date) } };
    }
}
