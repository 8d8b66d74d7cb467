using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>Which lines are section headings, and which of them mark the Markdown variant.</summary>
public sealed class RecordHeadingsTests
{
    [Theory]
    [InlineData("Citation:", "Citation", false)]
    [InlineData("CITATION:", "Citation", false)]
    [InlineData("citation:", "Citation", false)]
    [InlineData("Citation:   ", "Citation", false)]
    [InlineData("  Citation :", "Citation", false)]
    [InlineData("**Citation:**", "Citation", true)]
    [InlineData("**Citation**:", "Citation", true)]
    [InlineData("** Citation: **  ", "Citation", true)]
    [InlineData("__Citation:__", "Citation", true)]
    [InlineData("## Citation:", "Citation", false)]
    [InlineData("###### **Citation:**", "Citation", true)]
    [InlineData("Original Language:", "Original Language", false)]
    [InlineData("**original language:**", "Original Language", true)]
    [InlineData("Contents:", "Contents", false)]
    public void AHeadingLineIsRecognisedAndItsVariantKnown(string line, string name, bool bold)
    {
        Assert.True(RecordHeadings.IsHeading(line, name));
        Assert.Equal(bold, RecordHeadings.IsBold(line));
    }

    [Theory]
    [InlineData("Citation", "Citation")]
    [InlineData("Citation: \"Telegram\", 1950", "Citation")]
    [InlineData("Summary:", "Citation")]
    [InlineData("Citations:", "Citation")]
    [InlineData("**Citation:*", "Citation")]
    [InlineData("**Citation:", "Citation")]
    [InlineData("**Citation:__", "Citation")]
    [InlineData("- Citation:", "Citation")]
    [InlineData("####### Citation:", "Citation")]
    [InlineData("Original:", "Original Language")]
    [InlineData("", "Citation")]
    public void AnythingElseIsNotTheHeading(string line, string name)
    {
        Assert.False(RecordHeadings.IsHeading(line, name));
    }

    [Theory]
    [InlineData("")]
    [InlineData("**Telegram from Stalin**")]
    [InlineData("**Citation**")]
    public void ALineThatIsNoHeadingIsNotBold(string line)
    {
        Assert.False(RecordHeadings.IsBold(line));
    }

    [Fact]
    public void TheRequiredHeadingsAreTheFourInRecordOrder()
    {
        Assert.Equal(["Citation", "Summary", "Original Language", "Contents"], RecordHeadings.Required);
    }
}
