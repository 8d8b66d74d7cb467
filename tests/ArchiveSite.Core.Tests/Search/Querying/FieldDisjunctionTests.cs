using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Tests.Search.Querying;

/// <summary>Each word's fields are one disjunction (its best field, and a little of the rest); nothing else changes shape.</summary>
public sealed class FieldDisjunctionTests
{
    private static Query Translate(string text)
    {
        var translator = new QueryTranslator(ArchiveAnalyzer.Create(), NameAuthority.Default, Ranking.Default);
        return translator.Translate(text).Query!;
    }

    private static List<Query> All(Query query)
    {
        var all = new List<Query> { query };
        switch (query)
        {
            case BooleanQuery boolean:
                all.AddRange(boolean.Clauses.SelectMany(c => All(c.Query)));
                break;
            case DisjunctionMaxQuery disjunction:
                all.AddRange(disjunction.Disjuncts.SelectMany(All));
                break;
        }

        return all;
    }

    [Fact]
    public void EveryWordsFieldsBecomeOneDisjunction()
    {
        var query = FieldDisjunction.Apply(Translate("pilots Manchuria"), 0.1f);

        var disjunctions = All(query).OfType<DisjunctionMaxQuery>().ToArray();
        Assert.Equal(2, disjunctions.Length);
        Assert.All(disjunctions, d => Assert.Equal(0.1f, d.TieBreakerMultiplier));
        // One disjunct per default field, each the word as written and its stem.
        Assert.All(disjunctions, d => Assert.Equal(Ranking.Default.FieldWeights.Count, d.Disjuncts.Count));
        Assert.Contains(disjunctions, d => d.ToString().Contains("body:pilots body:~pilot", StringComparison.Ordinal));
    }

    [Fact]
    public void PhrasesAndPeopleKeepTheirShape()
    {
        static int Phrases(Query query) => All(query).Count(q => q is PhraseQuery or MultiPhraseQuery);
        const string text = "\"jet fighter\" Gromyko";

        var after = FieldDisjunction.Apply(Translate(text), 0.1f);

        Assert.Equal(Phrases(Translate(text)), Phrases(after));
        Assert.DoesNotContain(All(after).OfType<DisjunctionMaxQuery>(), d => d.Disjuncts.Any(q => q is PhraseQuery or MultiPhraseQuery));
        Assert.Contains(All(after).OfType<TermQuery>(), t => t.Term.Field == IndexSchema.Person);
    }
}
