using ArchiveSite.Core.Names;
using ArchiveSite.Core.Quotations;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Tests.Quotations;

/// <summary>A quotation aligned word by word with a text: exactly, nearly, or not at all.</summary>
public sealed class QuoteAlignmentTests
{
    private const string Source =
        "I transmit a note. For preparation of pilot cadres needed for the forthcoming offensive operations against the American troops I ask you, Comrade Kim Il Sung, to allow the training of pilots.";

    private static QuoteAlignment? Align(string quotation, string text = Source) =>
        QuoteAlignment.Find(QuoteWords.OfQuotation(quotation, NameAuthority.Default), QuoteWords.Of(text, NameAuthority.Default), new QuoteAlignment.WordComparer());

    private static string Stretch(string quotation, string text = Source) => Align(quotation, text) is { } a ? text[a.Start..a.End] : "(none)";

    [Fact]
    public void AnExactQuotationMatchesEveryWordAndFindsItsStretch()
    {
        var alignment = Align("pilot cadres needed for the forthcoming offensive operations")!;

        Assert.Equal(1.0, alignment.Score);
        Assert.Equal(0, alignment.Differences);
        Assert.Equal("pilot cadres needed for the forthcoming offensive operations", Source[alignment.Start..alignment.End]);
    }

    [Fact]
    public void ChangedPunctuationAndCapitalsAreNoWordDifference()
    {
        var alignment = Align("AGAINST THE AMERICAN TROOPS; I ASK YOU COMRADE")!;

        Assert.Equal((8, 0), (alignment.Same, alignment.Differences));
        Assert.Equal("against the American troops I ask you, Comrade", Stretch("AGAINST THE AMERICAN TROOPS; I ASK YOU COMRADE"));
    }

    [Fact]
    public void AWordLeftOutIsCountedAndLowersTheScore()
    {
        var alignment = Align("needed for the forthcoming operations against the American troops")!;

        Assert.Equal((1, 0, 0), (alignment.LeftOut, alignment.Added, alignment.Changed));
        Assert.Equal(9.0 / 10, alignment.Score, 3);
        Assert.Equal("needed for the forthcoming offensive operations against the American troops", Stretch("needed for the forthcoming operations against the American troops"));
    }

    [Fact]
    public void AWordAddedIsCounted()
    {
        var alignment = Align("needed for the forthcoming great offensive operations against")!;

        Assert.Equal((0, 1), (alignment.LeftOut, alignment.Added));
    }

    [Fact]
    public void AnEllipsisStandsForWordsLeftOutAtNoCost()
    {
        foreach (var quotation in new[] { "For preparation of pilot cadres ... I ask you", "For preparation of pilot cadres […] I ask you", "For preparation of pilot cadres . . . I ask you", "For preparation of pilot cadres… I ask you" })
        {
            var alignment = Align(quotation)!;

            Assert.Equal((0, 10, 1.0), (alignment.LeftOut, alignment.Elided, alignment.Score));
        }
    }

    [Fact]
    public void WithoutAnEllipsisTheSameOmissionCosts()
    {
        var alignment = Align("For preparation of pilot cadres I ask you")!;

        Assert.Equal(0, alignment.Elided);
        Assert.True(alignment.LeftOut + alignment.Added > 0);
        Assert.True(alignment.Score < 1);
    }

    [Fact]
    public void ASpellingVariantAndAnOcrSlipAreVariantsNotChanges()
    {
        var alignment = Align("for the forthcomming offensive operations against the Amerlcan troops")!;

        Assert.Equal((2, 0), (alignment.Variants, alignment.Changed));
        Assert.Equal("for the forthcoming offensive operations against the American troops", Stretch("for the forthcomming offensive operations against the Amerlcan troops"));
    }

    [Fact]
    public void AnOcrSlipOfOneForLIsAVariant()
    {
        // 1 for l and 0 for O: four characters, too short for a spelling variant, but a typewriter's slip.
        var alignment = Align("reported in l95O that the Minister", "reported in 1950 that the Minister")!;

        Assert.Equal((1, 0), (alignment.Variants, alignment.Changed));
    }

    [Theory]
    [InlineData("Comrade Kim Il-sung, to allow the training", 0)]
    [InlineData("Comrade Ким Ир Сен, to allow the training", 1)]
    [InlineData("Comrade KIM II SUNG, to allow the training", 1)]
    [InlineData("Comrade Kim Ir Sen, to allow the training", 1)]
    public void ANameInAnotherSpellingIsTheSamePersonThroughTheAuthority(string quotation, int variants)
    {
        var alignment = Align(quotation)!;

        // A hyphen is punctuation: Kim Il-sung is written as Kim Il Sung; the rest are other spellings.
        Assert.Equal((0, 0, 0), (alignment.Changed, alignment.LeftOut, alignment.Added));
        Assert.Equal(variants, alignment.Variants);
        Assert.Equal("Comrade Kim Il Sung, to allow the training", Stretch(quotation));
    }

    [Fact]
    public void AnotherWordIsAChangeNotAVariant()
    {
        var alignment = Align("needed for the forthcoming planned operations against")!;

        Assert.Equal((1, 0), (alignment.Changed, alignment.Variants));
    }

    [Theory]
    [InlineData("recognise", "recognize", true)]
    [InlineData("forthcomming", "forthcoming", true)]
    [InlineData("asist", "assist", true)]
    [InlineData("recieve", "receive", true)]
    [InlineData("defence", "defense", true)]
    [InlineData("these", "those", false)]
    [InlineData("offensive", "defensive", false)]
    [InlineData("sent", "rent", false)]
    [InlineData("pilots", "planes", false)]
    public void CloseSpellingsAreVariantsAndOtherWordsAreNot(string a, string b, bool close)
    {
        Assert.Equal(close, QuoteAlignment.CloseSpellings(a, b));
    }

    [Fact]
    public void ATextWithNoneOfTheWordsHasNoAlignment()
    {
        Assert.Null(Align("quite unrelated words entirely"));
        Assert.Null(Align("quite unrelated words", ""));
    }

    [Theory]
    [InlineData("“a quotation in marks”", "a quotation in marks")]
    [InlineData("\"a quotation\"", "a quotation")]
    [InlineData("“one” and “two”", "“one” and “two”")]
    public void QuotationMarksAroundTheWholeQuotationAreTheQuotingWritersOwn(string typed, string checkedText)
    {
        Assert.Equal(checkedText, QuoteSearch.Unquoted(typed));
    }

    [Fact]
    public void TheBestPlaceOfABodyIsItsParagraphWithTheDifferencesWordByWord()
    {
        var html = ParagraphLinks.Add(MarkdownRenderer.RenderPlainText("First paragraph about nothing.\n\n" + Source + "\n\nLast words."));
        var check = new QuoteSearch("“the forthcoming offensive operations against American troops.”", NameAuthority.Default);

        var place = check.Best(html)!;

        Assert.Equal(("p2", "¶ 2"), (place.Fragment, place.Label));
        Assert.Equal("the forthcoming offensive operations against the American troops", place.Source);
        Assert.StartsWith("I transmit a note.", place.Before, StringComparison.Ordinal);
        Assert.StartsWith("I ask you", place.After, StringComparison.Ordinal);
        Assert.False(place.Exact);
        Assert.Equal(["the ", "troops", "troops."], place.Differences.Where(d => d.Kind != DiffKind.Same).Select(d => d.Text).Order(StringComparer.Ordinal));
        Assert.Contains("1 word of the source left out", place.Summary, StringComparison.Ordinal);
    }

    [Fact]
    public void AnExactQuotationIsLabelledExact()
    {
        var html = MarkdownRenderer.RenderPlainText(Source);
        var place = new QuoteSearch("against the American troops I ask you, Comrade", NameAuthority.Default).Best(html)!;

        Assert.True(place.Exact);
        Assert.Equal("", place.Summary);
    }

    [Fact]
    public void ANotesWordsArePlacesOfTheirOwnAndTheMarkersLabelIsNotAWord()
    {
        var html = MarkdownRenderer.RenderMarkdown("The Ambassador called on the Minister today.[^1]\n\n[^1]: Telegram 1234 from Moscow reported the conversation in full.");
        var check = new QuoteSearch("Telegram 1234 from Moscow reported the conversation", NameAuthority.Default);

        var place = check.Best(html)!;

        Assert.Equal("note 1", place.Label);
        Assert.True(place.Exact);
        Assert.Equal(1.0, new QuoteSearch("called on the Minister today.", NameAuthority.Default).Best(html)!.Alignment.Score);
    }
}
