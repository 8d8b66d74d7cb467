using System.Text.RegularExpressions;
using ArchiveSite.Core.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>
/// The scan that finds a citation's trailing URL replaced a regex that took minutes on long runs
/// of dots (tests/fuzz/regressions/). On short citations built from the characters that matter, the
/// two must agree exactly: same URL, same start, same misses.
/// </summary>
public sealed class CitationParserPropertiesTests
{
    // The regex TrailingUrl replaced, kept as the oracle: correct, but slow on hostile input.
    private static readonly Regex Original = new(@"<?(?<url>https?://[^\s<>""]+?)>?(?=[\s.,;)]*$)", RegexOptions.CultureInvariant);

    private static readonly string[] Pieces =
        ["http://", "https://", "http", "s", ":", "/", "<", ">", "\"", ".", ",", ";", ")", " ", "\n", "\u00A0", "a", "x.org/d/1"];

    public static Arbitrary<string> Citations() =>
        Gen.ListOf(Gen.Elements(Pieces)).Resize(10).Select(pieces => string.Concat(pieces)).ToArbitrary();

    [Property(MaxTest = 3000, Arbitrary = [typeof(CitationParserPropertiesTests)])]
    public void TheTrailingUrlIsTheOneTheOriginalRegexFound(string citation)
    {
        var match = Original.Match(citation);
        var expected = match.Success ? (match.Index, match.Groups["url"].Value) : ((int, string)?)null;

        Assert.Equal(expected, CitationParser.TrailingUrl(citation));
    }

    [Theory]
    [InlineData("\"T\", 1950, P https://x.org/document/1", 13, "https://x.org/document/1")]
    [InlineData("\"T\", 1950, P <http://x.org/document/1>.", 13, "http://x.org/document/1")]
    [InlineData("P http://x.org/d/1), ; .", 2, "http://x.org/d/1")]
    [InlineData("P xhttp://a", 3, "http://a")]
    [InlineData("P http://.", 2, "http://.")]
    public void TheTrailingUrlIsFound(string citation, int start, string url) =>
        Assert.Equal((start, url), CitationParser.TrailingUrl(citation));

    [Theory]
    [InlineData("P https://x.org/d/1 and more")]
    [InlineData("P <http://>")]
    [InlineData("P \"http://a\"")]
    [InlineData("P ftp://x.org/d/1")]
    public void ACitationNotEndingInAUrlHasNone(string citation) => Assert.Null(CitationParser.TrailingUrl(citation));
}
