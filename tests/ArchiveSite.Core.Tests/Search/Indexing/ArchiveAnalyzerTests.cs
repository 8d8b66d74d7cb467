using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace ArchiveSite.Core.Tests.Search.Indexing;

/// <summary>The text analysis, token by token: what the index holds for a piece of text, and at which positions.</summary>
public sealed class ArchiveAnalyzerTests
{
    /// <summary>Each token as "position:term".</summary>
    private static string[] Tokens(Analyzer analyzer, string text)
    {
        using var stream = analyzer.GetTokenStream(IndexSchema.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var increment = stream.AddAttribute<IPositionIncrementAttribute>();
        stream.Reset();
        var tokens = new List<string>();
        var position = -1;
        while (stream.IncrementToken())
        {
            position += increment.PositionIncrement;
            tokens.Add($"{position}:{term}");
        }

        stream.End();
        return [.. tokens];
    }

    [Fact]
    public void EveryWordIsKeptAsWrittenAndAsItsMarkedStemExceptStopWords()
    {
        using var analyzer = ArchiveAnalyzer.Create();

        Assert.Equal(
            ["0:the", "1:pilots", "1:~pilot", "2:of", "3:manchuria", "3:~manchuria", "4:trained", "4:~train"],
            Tokens(analyzer, "The pilots of Manchuria trained"));
    }

    [Fact]
    public void TheWordsAnalysisDropsStopWordsButKeepsTheirPlaces()
    {
        using var analyzer = ArchiveAnalyzer.CreateForWords();

        Assert.Equal(["1:pilots", "1:~pilot", "3:manchuria", "3:~manchuria"], Tokens(analyzer, "the pilots of Manchuria"));
    }

    [Theory]
    [InlineData("Chargé d'Affaires", new[] { "0:chargé", "0:~chargé", "1:d'affaires", "1:~d'affair", "1:affaires", "1:~affair" })]
    [InlineData("General O’Daniel", new[] { "0:general", "0:~gener", "1:o’daniel", "1:~o’daniel", "1:daniel", "1:~daniel" })]
    [InlineData("it don't matter", new[] { "0:it", "1:don't", "1:~don't", "2:matter", "2:~matter" })]
    [InlineData("Khrushchev's speech", new[] { "0:khrushchev", "0:~khrushchev", "1:speech", "1:~speech" })]
    public void AWordAfterAnApostropheIsAlsoItsLastPart(string text, string[] expected)
    {
        using var analyzer = ArchiveAnalyzer.Create();

        Assert.Equal(expected, Tokens(analyzer, text));
    }
}
