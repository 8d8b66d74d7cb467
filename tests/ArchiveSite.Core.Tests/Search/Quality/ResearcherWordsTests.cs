using ArchiveSite.Benchmarks.Quality.Families;

namespace ArchiveSite.Core.Tests.Search.Quality;

public sealed class ResearcherWordsTests
{
    [Fact]
    public void TypedWordsLosePunctuationAroundThemAndSyntaxInsideThem()
    {
        Assert.Equal(
            ["Memorandum", "by", "Mr", "Gullion", "Lovett", "March", "9", "1948", "9", "15", "U.S", "611.61/1–2455"],
            ResearcherWords.Of("Memorandum, by Mr. Gullion (Lovett), “March 9, 1948” 9:15 U.S. 611.61/1–2455"));
    }

    [Fact]
    public void CapitalisedOperatorsAreTypedInLowerCase()
    {
        Assert.Equal(["war", "and", "peace", "or", "not", "And"], ResearcherWords.Of("war AND peace OR NOT And"));
    }

    [Fact]
    public void RunsAreLettersAndDigitsLowercased()
    {
        Assert.Equal(["u", "s", "s", "2202", "don", "t", "1950s"], ResearcherWords.Runs("U.S. S–2202, don't 1950s"));
    }

    [Fact]
    public void ARunThroughAWordWithPunctuationInsideIsNotTypeable()
    {
        var runs = ResearcherWords.TypeableRuns("The U.S. (Lovett) said: don't.");

        Assert.Equal(ResearcherWords.Runs("The U.S. (Lovett) said: don't.").Count, runs.Count);
        Assert.Equal([true, false, false, true, true, false, false], runs.Select(r => r.Typeable));
        Assert.Equal("Lovett", runs[3].Run);
    }
}
