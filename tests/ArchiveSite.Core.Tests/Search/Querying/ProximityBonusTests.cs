using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Tests.Search.Querying;

/// <summary>The proximity bonus's shape: which queries get it, and how many clauses it adds.</summary>
public sealed class ProximityBonusTests
{
    private static int Phrases(string text)
    {
        var query = new QueryTranslator(ArchiveAnalyzer.Create(), NameAuthority.Default, Ranking.Default).Translate(text).Query!;
        return Count(query);

        static int Count(Query query) => query switch
        {
            BooleanQuery boolean => boolean.Clauses.Sum(c => Count(c.Query)),
            PhraseQuery or MultiPhraseQuery => 1,
            _ => 0,
        };
    }

    private static string Words(int count) => string.Join(' ', Enumerable.Range(0, count).Select(i => $"word{(char)('a' + (i % 26))}{i}"));

    [Fact]
    public void APlainRunGetsItsWholePhraseAndItsPairsInEveryProximityField()
    {
        var fields = Ranking.Default.ProximityFields.Count(f => f.Value > 0);

        Assert.Equal(fields * (1 + 7), Phrases(Words(8)));
    }

    [Fact]
    public void APastedParagraphKeepsItsWholePhraseButNotAClauseForEachPair()
    {
        var fields = Ranking.Default.ProximityFields.Count(f => f.Value > 0);

        Assert.Equal(fields * (1 + ProximityBonus.MaxPairedWords - 1), Phrases(Words(ProximityBonus.MaxPairedWords)));
        Assert.Equal(fields, Phrases(Words(120)));
    }

    [Theory]
    [InlineData("pilots")]
    [InlineData("pilots AND Manchuria")]
    [InlineData("title:pilots Manchuria")]
    [InlineData("\"jet fighter\" regiments")]
    public void OneWordOrAnyQuerySyntaxGetsNoBonus(string text)
    {
        var quoted = text.Count(c => c == '"') / 2;

        // A quoted phrase is the researcher's own, one per default field; nothing is added.
        Assert.Equal(quoted * Ranking.Default.FieldWeights.Count, Phrases(text));
    }
}
