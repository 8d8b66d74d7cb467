using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Selection;
using static ArchiveSite.Core.Tests.Citations.CitationSamples;

namespace ArchiveSite.Core.Tests.Selection;

public sealed class BibliographyStyleTests
{
    [Theory]
    [InlineData(null, "chicago")]
    [InlineData("", "chicago")]
    [InlineData(" mla ", "mla")]
    [InlineData("apa", "apa")]
    public void AStyleIsFoundByItsKeyAndChicagoWhenNoneIsNamed(string? key, string expected)
    {
        Assert.Equal(expected, BibliographyStyle.Find(key)?.Key);
    }

    [Theory]
    [InlineData("harvard")]
    [InlineData("MLA")]
    [InlineData("chicago-note")]
    public void AnyOtherNameIsNoStyle(string key)
    {
        Assert.Null(BibliographyStyle.Find(key));
    }

    [Fact]
    public void EachStyleWritesTheEntryOfItsBibliographyForm()
    {
        var seed = Seed("112082");

        Assert.Equal(
            [CitationStyles.ChicagoBibliography(seed).PlainText, CitationStyles.Mla(seed).PlainText, CitationStyles.Apa(seed).PlainText],
            BibliographyStyle.All.Select(s => s.Format(seed).PlainText));
    }
}
