using ArchiveSite.Benchmarks.Quality.Families;
using ArchiveSite.Core.Search;

namespace ArchiveSite.Core.Tests.Search.Quality;

/// <summary>
/// The harness's query families on the FRUS slice: each is generated, deterministically, and each
/// query's known answer holds by a check independent of the generator's own (a naive scan where
/// it uses rolling hashes and an inverted index). Nothing here measures ranking.
/// </summary>
public sealed class QueryFamiliesTests(SliceFamilies slice) : IClassFixture<SliceFamilies>
{
    public static TheoryData<string> Generated => new(FamilyNames.All.Where(f => f != FamilyNames.Topical));

    [Theory]
    [MemberData(nameof(Generated))]
    public void EveryGeneratedFamilyHasQueriesWithKnownAnswersInTheCorpus(string family)
    {
        var queries = slice.Of(family);
        var ids = slice.Documents.Select(d => d.Id).ToHashSet(StringComparer.Ordinal);

        Assert.NotEmpty(queries);
        Assert.True(queries.Count <= SliceFamilies.PerFamily);
        Assert.All(queries, q => Assert.NotEmpty(q.Relevant));
        Assert.All(queries, q => Assert.Subset(ids, q.Relevant.ToHashSet(StringComparer.Ordinal)));
        Assert.Equal(queries.Count, queries.Select(q => q.Text).Distinct(StringComparer.Ordinal).Count());
        Assert.Equal(Enumerable.Range(1, queries.Count), queries.Select(q => q.Number));
    }

    [Fact]
    public void TheSameRecordsAndSeedGiveTheSameQueries()
    {
        var again = QueryFamilies.Generate(Corpus.Of(slice.Documents.Reverse()), SliceFamilies.PerFamily, SliceFamilies.Seed, SliceFamilies.Surnames);

        Assert.Equal(slice.Queries.Select(q => q.Text + " → " + string.Join(',', q.Relevant)), again.Select(q => q.Text + " → " + string.Join(',', q.Relevant)));
    }

    [Fact]
    public void QueriesCarryNoSyntaxOurParserWouldRead()
    {
        Assert.All(slice.Queries.SelectMany(q => q.Words), word =>
        {
            Assert.DoesNotContain(word, new[] { "AND", "OR", "NOT" });
            Assert.Equal(-1, word.IndexOfAny(['"', '(', ')', ':', '[', ']', '{', '}', '^', '~', '*', '?', '\\', '!']));
            Assert.False(word.StartsWith('/') || word.StartsWith('-'), word);
        });
    }

    [Fact]
    public void ABodyRunIsEightConsecutiveWordsMostlyNotFunctionWordsOfItsRecordAndOfNoOther()
    {
        var texts = slice.Corpus.Records.ToDictionary(r => r.Document.Id, r => r.SearchedText.Select(t => ResearcherWords.Runs(t)).ToArray(), StringComparer.Ordinal);
        foreach (var query in slice.Of(FamilyNames.BodyRun))
        {
            var run = query.Words.Select(w => w.ToLowerInvariant()).ToArray();
            Assert.Equal(BodyRuns.Length, run.Length);
            Assert.All(query.Words, w => Assert.True(ResearcherWords.IsRun(w), w));
            Assert.True(run.Count(w => !StopWords.English.Contains(w)) >= BodyRuns.MinContentWords, query.Text);
            var holders = texts.Where(kv => kv.Value.Any(field => Contains(field, run))).Select(kv => kv.Key).ToArray();
            Assert.Equal(query.Relevant, holders);
        }
    }

    [Fact]
    public void TheQuotedBodyRunsAreTheSameRunsInQuotes()
    {
        var quoted = slice.Of(FamilyNames.BodyRunQuoted);

        Assert.Equal(slice.Of(FamilyNames.BodyRun).Select(q => $"\"{q.Text}\""), quoted.Select(q => q.Text));
        Assert.All(quoted, q => Assert.True(q.Quoted));
    }

    [Fact]
    public void ATitleDateQueryIsItsRecordsTitleAndDateAndNoOtherRecordsAsWell()
    {
        var keys = slice.Documents.Where(d => d.Citation.DateText is not null)
            .GroupBy(d => string.Join(' ', ResearcherWords.Runs(d.Title + " " + d.Citation.DateText)), StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(d => d.Id).ToArray(), StringComparer.Ordinal);
        Assert.All(slice.Of(FamilyNames.TitleDate), q => Assert.Equal(q.Relevant, keys[string.Join(' ', ResearcherWords.Runs(q.Text))]));
    }

    [Fact]
    public void ANamePlacePairOccursTogetherInItsRecordAlone()
    {
        foreach (var query in slice.Of(FamilyNames.NamePlace))
        {
            Assert.Equal(2, query.Words.Count);
            Assert.Equal(query.Relevant, Holding(query.Words));
        }
    }

    [Fact]
    public void AMisspeltNameIsOneEditFromAFrequentSurnameAfterItsFirstLetterAndHeldByNoRecord()
    {
        foreach (var query in slice.Of(FamilyNames.MisspeltName))
        {
            var (typed, name) = (query.Words[0], query.Intended![0]);
            Assert.Contains(name.ToLowerInvariant(), SliceFamilies.Surnames);
            Assert.Equal(name[0], typed[0]);
            Assert.Equal(1, SpellingSuggester.EditDistance(typed, name));
            Assert.Equal(query.Words[1], query.Intended[1]);
            Assert.Empty(Holding([typed]));
            Assert.Equal(query.Relevant, Holding(query.Intended));
        }
    }

    [Fact]
    public void AnArchivalReferenceIsAFileNumberTheRelevantCitationsGiveAndNoOtherDoes()
    {
        foreach (var query in slice.Of(FamilyNames.ArchivalReference))
        {
            var number = ResearcherWords.Runs(query.Text).ToArray();
            var citing = slice.Corpus.Records.Where(r => Contains(ResearcherWords.Runs(r.Document.Citation.Text), number)).Select(r => r.Document.Id);
            Assert.Equal(query.Relevant.Order(StringComparer.Ordinal), citing.Order(StringComparer.Ordinal));
        }
    }

    [Fact]
    public void AFrusDocumentQueryNamesItsRecordsVolumeAndDocumentNumber()
    {
        foreach (var query in slice.Of(FamilyNames.FrusDocument))
        {
            var id = Assert.Single(query.Relevant);
            Assert.EndsWith("-d" + query.Words[^1], id, StringComparison.Ordinal);
            Assert.Equal("Volume", query.Words[1]);
            Assert.StartsWith("frus" + query.Words[0][..4], id, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void TopicalQueriesAreReadALineEachWithoutComments()
    {
        var queries = TopicalQueries.Read(["# a comment", "", "Berlin wall construction", "  Suez canal nationalization  "]);

        Assert.Equal(["Berlin wall construction", "Suez canal nationalization"], queries.Select(q => q.Text));
        Assert.All(queries, q => Assert.Empty(q.Relevant));
    }

    /// <summary>The records whose searched text holds every one of <paramref name="words"/>, by a scan.</summary>
    private string[] Holding(IReadOnlyList<string> words) =>
        slice.Corpus.Records
            .Where(r => words.All(w => r.SearchedText.SelectMany(t => ResearcherWords.Runs(t)).Contains(w.ToLowerInvariant())))
            .Select(r => r.Document.Id)
            .ToArray();

    private static bool Contains(List<string> field, string[] run) =>
        Enumerable.Range(0, Math.Max(0, field.Count - run.Length + 1)).Any(start => run.Select((w, i) => field[start + i] == w).All(same => same));
}
