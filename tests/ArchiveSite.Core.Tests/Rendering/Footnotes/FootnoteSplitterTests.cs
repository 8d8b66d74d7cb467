using ArchiveSite.Core.Rendering.Footnotes;

namespace ArchiveSite.Core.Tests.Rendering.Footnotes;

public sealed class FootnoteSplitterTests
{
    [Fact]
    public void DefinitionsAreTakenOutInTheSourcesOrderWithEachLabelsOccurrence()
    {
        var (text, definitions) = FootnoteSplitter.Split("Text[^*] and[^2].\n\n[^*]: Star.\n[^2]: Two.\n[^*]: Star again.");

        Assert.Equal("Text[^*] and[^2].\n\n", text);
        Assert.Equal(
            [new("*", "Star.", 1), new("2", "Two.", 1), new FootnoteDefinition("*", "Star again.", 2)],
            definitions);
    }

    [Fact]
    public void IndentedLinesAndTheBlankLinesBetweenThemBelongToTheNote()
    {
        var (text, definitions) = FootnoteSplitter.Split("[^1]: First paragraph\n    goes on.\n\n    Second paragraph.\n\nBody again.");

        Assert.Equal("\nBody again.", text);
        Assert.Equal("First paragraph\ngoes on.\n\nSecond paragraph.", Assert.Single(definitions).Markdown);
    }

    [Fact]
    public void ADefinitionInsideAFencedBlockIsText()
    {
        var (text, definitions) = FootnoteSplitter.Split("```\n[^1]: not a note\n```");

        Assert.Empty(definitions);
        Assert.Equal("```\n[^1]: not a note\n```", text);
    }

    [Fact]
    public void ABodyWithoutNotesIsReturnedAsItIs()
    {
        var body = "No notes [here].";

        var (text, definitions) = FootnoteSplitter.Split(body);

        Assert.Same(body, text);
        Assert.Empty(definitions);
    }
}
