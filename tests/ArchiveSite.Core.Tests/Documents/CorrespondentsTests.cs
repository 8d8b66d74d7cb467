using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Tests.Documents;

public sealed class CorrespondentsTests
{
    private static Correspondents Read(string title) => Correspondents.FromTitle(title, NameAuthority.Default);

    [Fact]
    public void ATelegramViaAnIntermediaryHasAllThree()
    {
        var c = Read("Telegram from Stalin to Kim II Sung, via Shtykov");

        Assert.Equal(["Joseph Stalin"], c.Senders);
        Assert.Equal(["Kim Il Sung"], c.Recipients);
        Assert.Equal(["Terentii Shtykov"], c.Intermediaries);
    }

    [Fact]
    public void ATransmittedMessageAddsItsOwnSenderAndRecipient()
    {
        var c = Read("Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin");

        Assert.Equal(["Terentii Shtykov", "Kim Il Sung"], c.Senders);
        Assert.Equal(["Andrei Gromyko", "Joseph Stalin"], c.Recipients);
        Assert.Empty(c.Intermediaries);
    }

    [Fact]
    public void AnOfficeNameIsKeptAsWrittenWithItsParenthesis()
    {
        var c = Read("Memorandum From the Secretary of Defense (Wilson) to the Executive Secretary of the National Security Council (Lay)");

        Assert.Equal(["the Secretary of Defense (Wilson)"], c.Senders);
        Assert.Equal(["the Executive Secretary of the National Security Council (Lay)"], c.Recipients);
    }

    [Theory]
    [InlineData("Telegram From the Ambassador to Korea (Dowling) to the Department of State", "the Ambassador to Korea (Dowling)", "the Department of State")]
    [InlineData("Telegram From the Mission to the United Nations to the Department of State", "the Mission to the United Nations", "the Department of State")]
    [InlineData("Telegram From the Department of State to the Mission to the United Nations", "the Department of State", "the Mission to the United Nations")]
    [InlineData("Memorandum From the Senior Adviser on International Organization and Legal Matters to the Mission at the United Nations (Bender) to the Representative at the United Nations (Lodge)",
        "the Senior Adviser on International Organization and Legal Matters to the Mission at the United Nations (Bender)", "the Representative at the United Nations (Lodge)")]
    public void AnOfficeWhoseNameGoesOnWithToKeepsIt(string title, string sender, string recipient)
    {
        var c = Read(title);

        Assert.Equal([sender], c.Senders);
        Assert.Equal([recipient], c.Recipients);
    }

    [Theory]
    [InlineData("Telegram From the Joint Chiefs of Staff to the Commander in Chief, Pacific (Felt)", "the Commander in Chief, Pacific (Felt)")]
    [InlineData("Memorandum From the Director (Hughes) to the Chairman of the Committee on Foreign Relations (Fulbright)", "the Chairman of the Committee on Foreign Relations (Fulbright)")]
    [InlineData("Memorandum From the Chief (Waller) to the Director of Central Intelligence (Helms), Washington, June 12, 1972", "the Director of Central Intelligence (Helms)")]
    [InlineData("Telegram 1665 From the Embassy in Iran to the Department of State, March 23, 1972, 0240Z", "the Department of State")]
    [InlineData("Telegram From the Acting Secretary of State to Ambassador U. Alexis Johnson, at Geneva", "Ambassador U. Alexis Johnson")]
    public void ARecipientRunsToTheHoldersNameAndNoFurther(string title, string recipient)
    {
        Assert.Equal([recipient], Read(title).Recipients);
    }

    [Theory]
    [InlineData("The Secretary of State to the Embassy in Canada", "the Secretary of State", "the Embassy in Canada")]
    [InlineData("No. 517 The United States Political Adviser to SCAP (Sebald) to the Department of State", "the United States Political Adviser to SCAP (Sebald)", "the Department of State")]
    [InlineData("Memorandum by the Executive Secretary (Lay) to the National Security Council", "the Executive Secretary (Lay)", "the National Security Council")]
    public void AnOlderFrusHeadingNamesItsCorrespondentsWithoutFrom(string title, string sender, string recipient)
    {
        var c = Read(title);

        Assert.Equal([sender], c.Senders);
        Assert.Equal([recipient], c.Recipients);
    }

    [Fact]
    public void TheDocumentsOwnCorrespondentsLeaveOutTheMessageItTransmits()
    {
        var c = Correspondents.OfDocument("Telegram from Shtykov to Gromyko, transmitting 16 November 1950 message form Kim Il Sung to Stalin", NameAuthority.Default);

        Assert.Equal(["Terentii Shtykov"], c.Senders);
        Assert.Equal(["Andrei Gromyko"], c.Recipients);
    }

    [Theory]
    [InlineData("Editorial Note")]
    [InlineData("Memorandum of Conversation")]
    [InlineData("Memorandum of a Conversation, En Route From Mar del Plata to Bariloche, February 27, 1960")]
    [InlineData("Diary Entry by the Ambassador to Germany (Bruce)")]
    [InlineData("Memorandum of Conversation, by Mr. Edmund A. Gullion, Special Assistant to the Under Secretary of State (Lovett)")]
    [InlineData("The Situation in Korea")]
    public void ATitleWithoutFromAndToHasNoCorrespondents(string title)
    {
        Assert.Same(Correspondents.None, Read(title));
    }
}
