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
    [InlineData("Editorial Note")]
    [InlineData("Memorandum of Conversation")]
    public void ATitleWithoutFromAndToHasNoCorrespondents(string title)
    {
        Assert.Same(Correspondents.None, Read(title));
    }
}
