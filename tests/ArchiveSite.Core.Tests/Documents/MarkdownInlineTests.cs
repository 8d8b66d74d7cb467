using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>One line of metadata Markdown as the plain text it stands for.</summary>
public sealed class MarkdownInlineTests
{
    [Theory]
    [InlineData("plain text", "plain text")]
    [InlineData("  padded  ", "padded")]
    [InlineData("**November 17, 1950**", "November 17, 1950")]
    [InlineData("a **bold** word and __another__", "a bold word and another")]
    [InlineData("<http://digitalarchive.wilsoncenter.org/document/112079>", "http://digitalarchive.wilsoncenter.org/document/112079")]
    [InlineData("see <https://history.state.gov/x> here", "see https://history.state.gov/x here")]
    [InlineData("<mailto:archive@example.org>", "mailto:archive@example.org")]
    [InlineData("<not a link>", "<not a link>")]
    [InlineData("Listy 88-89  ", "Listy 88-89")]
    [InlineData("ends in a hard break\\", "ends in a hard break")]
    [InlineData("ends in a hard break\\   ", "ends in a hard break")]
    [InlineData("a\\*literal\\* star", "a*literal* star")]
    [InlineData("\\*\\*not bold\\*\\*", "**not bold**")]
    [InlineData("1\\. not a list", "1. not a list")]
    [InlineData("back\\\\slash", "back\\slash")]
    [InlineData("\\a stays", "\\a stays")]
    [InlineData("- English Translation", "English Translation")]
    [InlineData("* English Translation", "English Translation")]
    [InlineData("+ English Translation", "English Translation")]
    [InlineData("## Heading", "Heading")]
    [InlineData("1. The first point", "1. The first point")]
    [InlineData("-not a list", "-not a list")]
    [InlineData("#hashtag", "#hashtag")]
    [InlineData("8-10 pilots - all trained", "8-10 pilots - all trained")]
    [InlineData("", "")]
    public void ALineBecomesItsPlainText(string markdown, string plain)
    {
        Assert.Equal(plain, MarkdownInline.ToPlain(markdown));
    }
}
