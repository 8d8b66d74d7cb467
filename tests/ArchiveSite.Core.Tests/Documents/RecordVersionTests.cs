using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>A record's version: a short hash of what a researcher reads and cites, and of nothing else.</summary>
public sealed class RecordVersionTests
{
    private static ArchiveDocument Seed(string id)
    {
        var path = RepositoryPaths.Seed(id);
        return DocumentLoader.LoadFile(path, Path.GetFileName(path)).Document!;
    }

    [Fact]
    public void TheVersionIsAShortHashOfTheTextAlone()
    {
        var seed = Seed("112082");

        Assert.Matches("^[0-9a-f]{12}$", RecordVersion.Of(seed));
        Assert.Equal(RecordVersion.Of(seed), RecordVersion.Of(seed with { SourceFile = "renamed.txt" }));
        Assert.NotEqual(RecordVersion.Of(seed), RecordVersion.Of(seed with { Body = seed.Body.Replace("FYN SI [Stalin]", "FYN SI [Stalin].", StringComparison.Ordinal) }));
        Assert.NotEqual(RecordVersion.Of(seed), RecordVersion.Of(seed with { Summary = seed.Summary + " " }));
    }
}
