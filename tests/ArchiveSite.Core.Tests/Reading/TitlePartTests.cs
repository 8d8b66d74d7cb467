using ArchiveSite.Core.Names;
using ArchiveSite.Core.Reading;

namespace ArchiveSite.Core.Tests.Reading;

/// <summary>A title's correspondents become links where the title names them, and no character of the title is lost or changed.</summary>
public sealed class TitlePartTests
{
    private static IReadOnlyList<TitlePart> Split(string title, params DocumentPerson[] people) => TitlePart.Split(title, people, NameAuthority.Default);

    private static string Linked(IReadOnlyList<TitlePart> parts) => string.Concat(parts.Select(p => p.PageId is null ? p.Text : $"[{p.Text}→{p.PageId}]"));

    [Fact]
    public void ACorrespondentTheAuthorityKnowsIsFoundInTheSpellingTheTitleUses()
    {
        var title = "Telegram from Stalin to Kim II Sung, via Shtykov";
        var parts = Split(title,
            new DocumentPerson(DocumentRole.From, "Joseph Stalin", "stalin"),
            new DocumentPerson(DocumentRole.To, "Kim Il Sung", "kim_il_sung"),
            new DocumentPerson(DocumentRole.Via, "Terentii Shtykov", "shtykov"));

        Assert.Equal(title, string.Concat(parts.Select(p => p.Text)));
        Assert.Equal("Telegram from [Stalin→stalin] to [Kim II Sung→kim_il_sung], via [Shtykov→shtykov]", Linked(parts));
    }

    [Fact]
    public void ACorrespondentTheAuthorityDoesNotKnowIsFoundAsWrittenWhateverItsCase()
    {
        var title = "The Ambassador in Japan (Allison) to the Department of State";
        var parts = Split(title, new DocumentPerson(DocumentRole.From, "the Ambassador in Japan (Allison)", "allison"));

        Assert.Equal("[The Ambassador in Japan (Allison)→allison] to the Department of State", Linked(parts));
    }

    [Fact]
    public void OnlyWholeWordsAreLinkedAndPeopleMerelyMentionedAreNot()
    {
        var parts = Split("Memorandum on Maoist tactics from Mao to Stalin",
            new DocumentPerson(DocumentRole.From, "Mao", "mao"),
            new DocumentPerson(DocumentRole.Mentioned, "Joseph Stalin", "stalin"));

        Assert.Equal("Memorandum on Maoist tactics from [Mao→mao] to Stalin", Linked(parts));
    }

    [Fact]
    public void ATitleWithoutCorrespondentsIsOnePlainPart()
    {
        var parts = Split("Minutes of a Meeting", new DocumentPerson(DocumentRole.Mentioned, "Joseph Stalin", "stalin"));

        Assert.Equal([new TitlePart("Minutes of a Meeting", null)], parts);
    }

    [Fact]
    public void OverlappingNamesKeepTheEarlierAndLongerSoNoCharacterIsRepeated()
    {
        var title = "Letter from the Secretary of State Dulles to the Ambassador";
        var parts = Split(title,
            new DocumentPerson(DocumentRole.From, "the Secretary of State Dulles", "dulles"),
            new DocumentPerson(DocumentRole.From, "Dulles", "dulles_other"),
            new DocumentPerson(DocumentRole.To, "the Ambassador", "amb"));

        Assert.Equal(title, string.Concat(parts.Select(p => p.Text)));
        Assert.Equal("Letter from [the Secretary of State Dulles→dulles] to [the Ambassador→amb]", Linked(parts));
    }
}
