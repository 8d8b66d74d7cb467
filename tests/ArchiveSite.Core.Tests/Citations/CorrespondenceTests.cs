using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Names;
using static ArchiveSite.Core.Tests.Citations.CitationSamples;

namespace ArchiveSite.Core.Tests.Citations;

/// <summary>Who a citation names as author, recipient and intermediary, in which form, and what it calls the document.</summary>
public sealed class CorrespondenceTests
{
    [Fact]
    public void TheSeedsSenderIsItsAuthorAndItsAddresseeItsRecipientInTheAuthoritysForm()
    {
        var correspondence = Seed("112082").Correspondence;

        Assert.Equal([new CitationName("Joseph Stalin", "Stalin", "Joseph")], correspondence.Authors);
        Assert.Equal([new CitationName("Kim Il Sung", "Kim", "Il Sung", FamilyFirst: true)], correspondence.Recipients);
        Assert.Equal(["Terentii Shtykov"], correspondence.Intermediaries.Select(i => i.Name));
        Assert.Equal("telegram", correspondence.Kind);
    }

    [Theory]
    [InlineData("Kim II Sung", "Kim, Il Sung", "Kim Il Sung", "Kim, I. S.")]
    [InlineData("Stalin", "Stalin, Joseph", "Stalin, Joseph", "Stalin, J.")]
    [InlineData("the Embassy in Italy", "Embassy in Italy", "Embassy in Italy", "Embassy in Italy")]
    [InlineData("President Kennedy", "President Kennedy", "President Kennedy", "President Kennedy")]
    public void EachFormOfAName(string correspondent, string filed, string inverted, string withInitials)
    {
        var name = CitationName.Of(correspondent, NameAuthority.Default);

        Assert.Equal(filed, name.Filed);
        Assert.Equal(inverted, name.Inverted);
        Assert.Equal(withInitials, name.WithInitials);
    }

    [Fact]
    public void APersonWithoutAFamilyNameIsNamedWhole()
    {
        var names = NameAuthority.Default.Extend([new Person("peng_dehuai", "Peng Dehuai", ["Peng Dehuai"])]);

        var name = CitationName.Of("Peng Dehuai", names);

        Assert.False(name.IsPerson);
        Assert.Equal("Peng Dehuai", name.Filed);
    }

    [Theory]
    [InlineData("Telegram from Stalin to Kim II Sung, via Shtykov", "telegram")]
    [InlineData("Circular Telegram From the Department of State to All Diplomatic Posts", "circular telegram")]
    [InlineData("Telegram Secto 27/727 From the Secretary of State to the Department of State", "telegram Secto 27/727")]
    [InlineData("Intelligence Note No. 830 From the Director (Hughes) to Secretary of State Rogers", "intelligence note No. 830")]
    [InlineData("No. 396 Memorandum by the Ambassador to Thailand (Stanton) to the Director (Bonsal)", "memorandum")]
    [InlineData("The Secretary of State to the Embassy in Canada", null)]
    public void TheKindIsWhatTheTitleCallsTheDocumentBeforeItsSender(string title, string? kind)
    {
        Assert.Equal(kind, Correspondence.KindOf(title));
    }
}
