using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Tests.Documents;

namespace ArchiveSite.Core.Tests.Search.Querying;

/// <summary>Each costly or dangerous form of the query syntax is refused or lowered to <see cref="QueryLimits"/>, with a sentence saying so.</summary>
public sealed class QueryLimitsTests(TestArchive archive) : IClassFixture<TestArchive>
{
    [Theory]
    [InlineData("/pil.*/")]
    [InlineData("title:/pil.*/")]
    [InlineData("pilots /(.*a){20}/")]
    [InlineData("+/x/ pilots")]
    [InlineData("(/x/)")]
    public void RegularExpressionsAreRefused(string query)
    {
        Assert.Equal(QuerySyntaxCheck.RegularExpressionRefused, archive.Search(query).Error);
    }

    [Theory]
    [InlineData("pilots/aviation")]
    [InlineData("1950/51 pilots")]
    [InlineData("(pilots)/x/")]
    [InlineData("\"pilots\"/x/")]
    public void ASlashInsideAWordIsSearchedAsACharacter(string query)
    {
        var results = archive.Search(query);

        Assert.Null(results.Error);
    }

    [Fact]
    public void APastedAddressIsSearchedAsWords()
    {
        var results = archive.Search("https://example.org/document/month-1950");

        Assert.Null(results.Error);
        Assert.Contains("month-1950", results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void NestingToTheLimitIsRead()
    {
        var query = new string('(', QueryLimits.MaxNestingDepth) + "pilots" + new string(')', QueryLimits.MaxNestingDepth);

        Assert.Equal(archive.Ids("pilots"), archive.Ids(query));
    }

    [Theory]
    [InlineData(QueryLimits.MaxNestingDepth + 1)]
    [InlineData(450)]
    public void DeeperNestingIsRefusedBeforeTheParserRecurses(int depth)
    {
        var query = new string('(', depth) + "pilots" + new string(')', depth);

        Assert.Contains($"more than {QueryLimits.MaxNestingDepth} deep", archive.Search(query).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void ALongFlatChainOfAndNotIsRead()
    {
        var query = "pilots" + string.Concat(Enumerable.Range(0, 80).Select(i => $" AND NOT w{i}"));

        Assert.Null(archive.Search(query).Error);
    }

    [Fact]
    public void TheLimitOfExpandingTermsIsReadAndOneMoreIsRefused()
    {
        var terms = Enumerable.Range(0, QueryLimits.MaxExpandingTerms + 1).Select(i => $"pilot{(char)('a' + i)}*").ToArray();

        Assert.Null(archive.Search(string.Join(" OR ", terms[..^1])).Error);
        Assert.Contains($"more than {QueryLimits.MaxExpandingTerms} wildcards, near spellings (~) and ranges", archive.Search(string.Join(" OR ", terms)).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void NearSpellingsAndRangesCountTowardsTheSameLimit()
    {
        var query = string.Join(" OR ", Enumerable.Range(0, QueryLimits.MaxExpandingTerms + 1).Select(i => i % 2 == 0 ? $"pilot{(char)('a' + i)}~" : $"title:[a{i} TO b{i}]"));

        Assert.Contains($"more than {QueryLimits.MaxExpandingTerms} wildcards", archive.Search(query).Error, StringComparison.Ordinal);
    }

    [Fact]
    public void AWordSearchedInEveryFieldCountsOnce()
    {
        // The multi-field parser builds pilot* once per default field: that is one term for the researcher.
        Assert.Null(archive.Search(string.Join(' ', Enumerable.Repeat("pilot*", QueryLimits.MaxExpandingTerms + 5))).Error);
    }

    [Fact]
    public void SixWildcardsInAWordAreReadAndSevenAreRefused()
    {
        Assert.NotEmpty(archive.Ids("t?????*"));
        Assert.Contains("'x*a??????' has 7 wildcards; a word may have at most 6", archive.Search("x*a??????").Error, StringComparison.Ordinal);
    }

    [Fact]
    public void TheWildcardsThatTookMinutesAreRefused()
    {
        // Bounded: without the limit this search runs for over a minute, and should fail rather than stall the suite.
        var results = HostileInput.Bounded(() => archive.Search("x*a??????????????"), "the 15-wildcard search");

        Assert.Contains("has 15 wildcards", results.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("*")]
    [InlineData("~")]
    public void AWildcardOrNearSpellingWordOverTheLengthLimitIsRefused(string suffix)
    {
        var word = new string('a', QueryLimits.MaxPatternWordLength + 1) + suffix;

        Assert.Contains($"at most {QueryLimits.MaxPatternWordLength} characters", archive.Search(word).Error, StringComparison.Ordinal);
        Assert.Null(archive.Search(new string('a', QueryLimits.MaxPatternWordLength - 1) + suffix).Error);
    }

    [Fact]
    public void AnEditDistanceOverTwoIsSearchedAsTwoAndSaysSo()
    {
        var results = archive.Search("Manchuira~5");

        Assert.Null(results.Error);
        Assert.Contains("manchuira~5 was searched as manchuira~2", Assert.Single(results.Notices), StringComparison.Ordinal);
        Assert.Equal(archive.Ids("Manchuira~2"), results.Hits.Select(h => h.Id));
    }

    [Fact]
    public void AWideProximityIsLoweredAndSaysSo()
    {
        var results = archive.Search("\"pilots Korea\"~10000");

        Assert.Null(results.Error);
        Assert.Contains($"was searched as \"pilots Korea\"~{QueryLimits.MaxPhraseSlop}", Assert.Single(results.Notices), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("pilots^1000")]
    [InlineData("pilots^99999999999999999999999999999999999999999999999")]
    [InlineData("(pilots OR aviation)^5000")]
    public void AHugeBoostIsLoweredAndSaysSo(string query)
    {
        var results = archive.Search(query);

        Assert.Null(results.Error);
        Assert.Contains("boost (^) over 100 was lowered", Assert.Single(results.Notices), StringComparison.Ordinal);
        Assert.NotEmpty(results.Hits);
        Assert.All(results.Hits, hit => Assert.NotNull(hit.Id));
    }

    [Fact]
    public void AModestBoostIsLeftAlone()
    {
        Assert.Empty(archive.Search("pilots^10").Notices);
    }

    [Theory]
    [InlineData(int.MaxValue, 20)]
    [InlineData(50_000_000, SearchRequest.MaxPageSize)]
    [InlineData(107_374_183, 20)]
    public void AHugePageNumberAnswersAnEmptyPageWithTheTrueTotal(int page, int pageSize)
    {
        var results = archive.Searcher.Search(new SearchRequest("pilots", Page: page, PageSize: pageSize));

        Assert.Null(results.Error);
        Assert.Empty(results.Hits);
        Assert.Equal(3, results.TotalHits);
        Assert.Equal(page, results.Request.Page);
    }

    [Theory]
    [InlineData(1, 20, 1000, 20)]
    [InlineData(3, 20, 1000, 60)]
    [InlineData(int.MaxValue, 100, 5, 5)]
    [InlineData(1, 20, 0, 1)]
    [InlineData(0, 0, 10, 1)]
    public void TheResultDepthIsBoundedByTheArchive(int page, int pageSize, int documents, int expected)
    {
        Assert.Equal(expected, QueryLimits.ResultDepth(page, pageSize, documents));
    }

    [Theory]
    [InlineData("date:[0 TO 99999]")]
    [InlineData("date:[-5 TO 1950]")]
    [InlineData("date:99999")]
    [InlineData("mentioned:[0 TO 1950]")]
    public void AbsurdDatesInTheQueryAreRefused(string query)
    {
        Assert.Contains("is not a date the archive can read", archive.Search(query).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("99999", null)]
    [InlineData("0", null)]
    [InlineData("-1950", null)]
    [InlineData(null, "0000-01-01")]
    public void AbsurdFromAndToDatesAreRefused(string? from, string? to)
    {
        Assert.Contains("is not a date the archive can read", archive.Search("pilots", from, to).Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("mentioned:[0001 TO 9999]")]
    [InlineData("mentioned:[* TO *]")]
    [InlineData("date:[0001 TO 9999]")]
    public void DateRangesSpanningMillenniaAreOneCheapNumericRange(string query)
    {
        // One value per day would make a term per day; a numeric range reads a few dozen trie terms whatever the span.
        var results = archive.Search(query);

        Assert.Null(results.Error);
        Assert.NotEmpty(results.Hits);
    }
}

/// <summary>
/// An archive with more different words of one beginning than Lucene's clause limit: a wildcard
/// or a range over them passes the parser and fails only when rewritten against the index, which
/// happens in the search, in marking the matches, and in the detail page's matcher.
/// </summary>
public sealed class ManyWordsArchive : IDisposable
{
    /// <summary>How many different words starting with "zq" the archive holds.</summary>
    public const int WordCount = 1500;

    public ManyWordsArchive()
    {
        var words = Enumerable.Range(0, WordCount).Select(i => "zq" + string.Concat(Enumerable.Range(0, 3).Select(k => (char)('a' + (i / (int)Math.Pow(26, k) % 26)))));
        var documents = DocumentLoader.Load(RepositoryPaths.Seeds).Documents.ToList();
        documents.Add(TestArchive.Parse("words.txt", "A list of words", "1950", "https://example.org/document/words", "Fond 1", "Words.", string.Join(' ', words)));
        Index = ArchiveIndex.Build(documents, indexPath: null, NameAuthority.Default);
        Searcher = new ArchiveSearcher(Index);
    }

    public ArchiveIndex Index { get; }

    public ArchiveSearcher Searcher { get; }

    public void Dispose() => Index.Dispose();
}

public sealed class ExpansionLimitTests(ManyWordsArchive archive) : IClassFixture<ManyWordsArchive>
{
    [Theory]
    [InlineData("zq*")]
    [InlineData("zq?* OR pilots")]
    [InlineData("body:[zq TO zr]")]
    [InlineData("body:{zq TO *]")]
    public void AWildcardOrRangeOverTooManyWordsIsRefusedWhenSearched(string query)
    {
        var results = archive.Searcher.Search(new SearchRequest(query));

        Assert.Contains("matches more than 1,024 different words", results.Error, StringComparison.Ordinal);
        Assert.Null(archive.Searcher.SuggestSpelling(results));
    }

    [Fact]
    public void TheDetailPagesMatcherRefusesItToo()
    {
        Assert.Null(archive.Searcher.Matcher("zq*", out var error));
        Assert.Contains("too many different words", error, StringComparison.Ordinal);
    }

    [Fact]
    public void AWildcardUnderTheLimitIsSearched()
    {
        var results = archive.Searcher.Search(new SearchRequest("zqa*"));

        Assert.Null(results.Error);
        Assert.Equal(["words"], results.Hits.Select(h => h.Id));
    }
}
