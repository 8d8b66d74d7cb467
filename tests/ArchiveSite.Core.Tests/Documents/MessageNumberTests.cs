using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>A message's number in its sender's series: a FRUS telegram's first line, a letter's "No. 14".</summary>
public sealed class MessageNumberTests
{
    [Fact]
    public void AFrusTelegramsFirstLineAfterItsPlaceAndTimeIsItsNumber()
    {
        const string body = "*Washington, December 8, 1955—7:33 p.m.*\n\n1200. For Allison. Department’s 1197 repeating Taipei’s 528.[^2] If Chairman\n\n1. Not this one.";

        Assert.Equal(1200, MessageNumber.Read("Telegram From the Department of State to the Embassy in Japan", body));
    }

    [Fact]
    public void APlainTextTelegramWithItsPrecedenceLineIsRead()
    {
        const string body = "Guatemala City, June 9, 1954, 2308Z.\n\nNiact\n\n791. Re: LINC 3631.[2]\n\n1. King Program.";

        Assert.Equal(791, MessageNumber.Read("Telegram From the CIA Station in Guatemala to Operation PBSUCCESS Headquarters in Florida", body));
    }

    [Fact]
    public void AMemorandumsFirstListItemIsNoNumber()
    {
        Assert.Null(MessageNumber.Read("Memorandum From the Secretary of State to the President", "*Washington, May 1, 1955.*\n\n1. The situation is this."));
    }

    [Fact]
    public void ATelegramWhoseTextBeginsWithWordsHasNoNumber()
    {
        Assert.Null(MessageNumber.Read("Telegram From the Embassy in Vietnam to the Department of State", "*Saigon, May 1, 1962.*\n\nFollowing is text of a long paragraph about 12. things."));
    }

    [Fact]
    public void ALettersNumberInItsTitleIsRead()
    {
        Assert.Equal(14, MessageNumber.Read("Letter No. 14 from Kim Il Sung to Stalin", "Dear Comrade Stalin."));
    }

    [Fact]
    public void AFrusHeadingsDocumentNumberAndACipherOfficesNumberAreNotRead()
    {
        Assert.Null(MessageNumber.Read("No. 517 The Ambassador in Japan (Allison) to the Department of State", "Tokyo, May 1, 1953.\n\nThe Ambassador reports."));
        Assert.Null(MessageNumber.Read("Telegram from Stalin to Kim II Sung, via Shtykov", "8th Department of the General Staff of the Armed Forces USSR CIPHERED TELEGRAM No. 75835\n\nTo Comrade SHTYKOV"));
    }
}
