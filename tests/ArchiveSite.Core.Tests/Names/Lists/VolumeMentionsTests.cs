using ArchiveSite.Core.Names;
using ArchiveSite.Core.Names.Lists;

namespace ArchiveSite.Core.Tests.Names.Lists;

/// <summary>A volume's list says who its records mean by a family name alone.</summary>
public sealed class VolumeMentionsTests
{
    private static readonly NameLists Lists = new(ListedPeople.Group(
    [
        new("v1", "p_KNS1", "Khrushchev, Nikita S.", "Chairman"),
        new("v1", "p_DAW1", "Dulles, Allen W.", "Director of Central Intelligence"),
        new("v1", "p_GR1", "Green, Marshall", "Consul General"),
        new("v2", "p_DAW1", "Dulles, Allen W.", "Director of Central Intelligence"),
        new("v2", "p_DJF1", "Dulles, John Foster", "Secretary of State"),
        new("v2", "p_KJ1", "Kennedy, John F.", "President"),
        new("v2", "p_KR1", "Kennedy, Robert F.", "Attorney General; brother of the President"),
        new("v2", "p_MTT1", "Mao Tse-tung", "Chairman"),
    ], NameAuthority.Default.People), []);

    private static string[] Found(string volume, string text) =>
        Lists.FindMentions(volume, text).Select(m => $"{m.Person.Id}:{m.Text}").ToArray();

    [Fact]
    public void AFamilyNameAloneIsTheOnlyPersonOfThatNameInTheVolume()
    {
        Assert.Equal(["dulles_allen:Dulles"], Found("v1", "Dulles briefed the Council."));
    }

    [Fact]
    public void WhereTheVolumeListsTwoOnlyGivenNamesSayWhich()
    {
        Assert.Empty(Found("v2", "Dulles briefed the Council."));
        Assert.Equal(["dulles_john:John Foster Dulles", "dulles_allen:Allen W. Dulles"], Found("v2", "John Foster Dulles and Allen W. Dulles met."));
    }

    [Fact]
    public void ATitleBeforeTheFamilyNameSaysWhichWhenTheVolumeDescribesOnlyOneSo()
    {
        Assert.Equal(["dulles_john:Dulles", "dulles_allen:Dulles"], Found("v2", "Secretary Dulles asked Director Dulles."));
        // "President" describes both Kennedys (one is the President's brother): still no guess.
        Assert.Empty(Found("v2", "President Kennedy and Mr. Dulles"));
    }

    [Fact]
    public void GivenNamesAndInitialsBelongToTheMention()
    {
        Assert.Equal(["khrushchev_nikita:Nikita S. Khrushchev", "khrushchev_nikita:KHRUSHCHEV"], Found("v1", "Nikita S. Khrushchev signed. KHRUSHCHEV"));
    }

    [Fact]
    public void ALowerCaseWordOrACommonWordAloneIsNoMention()
    {
        Assert.Empty(Found("v1", "a green light; Green was there"));
        Assert.Equal(["green_marshall:Marshall Green"], Found("v1", "Marshall Green was there"));
    }

    [Fact]
    public void AVolumeWithoutAListAndARecordWithoutAVolumeNameNobody()
    {
        Assert.Empty(Found("v9", "Khrushchev"));
        Assert.Empty(Lists.FindMentions(null, "Khrushchev"));
    }

    [Fact]
    public void ANameFamilyFirstIsMatchedWhole()
    {
        Assert.Equal(["mao_zedong:Mao Tse-tung"], Found("v2", "Mao Tse-tung spoke; Mao left."));
    }
}
