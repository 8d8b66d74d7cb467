using ArchiveSite.Core.Names;
using ArchiveSite.Core.Names.Lists;

namespace ArchiveSite.Core.Tests.Names.Lists;

/// <summary>One person's entries across volumes are gathered; different people with one family name are not.</summary>
public sealed class ListedPeopleTests
{
    private static ListedEntry Entry(string volume, string id, string name, string description = "") => new(volume, id, name, description);

    private static IReadOnlyList<ListedPerson> Group(params ListedEntry[] entries) => ListedPeople.Group(entries, NameAuthority.Default.People);

    [Theory]
    [InlineData("Khrushchev, Nikita S.", "Khrushchev", "Nikita S.", null, "Nikita S. Khrushchev")]
    [InlineData("Dulles, Allen (Ascham, Robert A.)", "Dulles", "Allen", "Ascham, Robert A.", "Allen Dulles")]
    [InlineData("Mao Tse-tung", "Mao", "Tse-tung", null, "Mao Tse-tung")]
    [InlineData("Stalin", "Stalin", "", null, "Stalin")]
    [InlineData("Arbenz Guzman, Jacobo", "Arbenz Guzman", "Jacobo", null, "Jacobo Arbenz Guzman")]
    [InlineData("Lodge, Henry Cabot, Jr.", "Lodge", "Henry Cabot", null, "Henry Cabot Lodge, Jr.")]
    public void APrintedNameIsReadIntoItsParts(string printed, string family, string given, string? note, string natural)
    {
        var name = PrintedName.Read(printed);

        Assert.Equal((family, given, note, natural), (name.Family, name.Given, name.Note, name.Natural));
    }

    [Fact]
    public void TitlesAreNotGivenNames()
    {
        Assert.Equal(["charles", "p"], PrintedName.Read("Cabell, General Charles P. (Ordway)").GivenParts);
        Assert.Single(Group(Entry("a", "p_LEG1", "Lansdale, Brig. Gen. Edward G."), Entry("b", "p_LEG1", "Lansdale, Major General Edward G.")));
    }

    [Fact]
    public void OnePersonsPrintingsAcrossVolumesAreOnePerson()
    {
        var people = Group(
            Entry("frus1955-57v02", "p_KNS1", "Khrushchev, Nikita Sergeevich", "First Secretary"),
            Entry("frus1958-60v08", "p_KNS1", "Khrushchev, Nikita Sergeyevich", "Chairman from March 1958"),
            Entry("frus1961-63v06", "p_KNS2", "Khrushchev, Nikita S.", "Chairman of the Council of Ministers"));

        var khrushchev = Assert.Single(people);
        Assert.Equal("khrushchev_nikita", khrushchev.Id);
        Assert.Equal(["frus1955-57v02", "frus1958-60v08", "frus1961-63v06"], khrushchev.Roles.Select(r => r.Volume));
        Assert.Equal("Chairman from March 1958", khrushchev.Roles[1].Description);
        Assert.Equal(3, khrushchev.Printings.Count);
    }

    [Fact]
    public void TwoDullesStayTwo()
    {
        var people = Group(
            Entry("frus1955-57v01", "p_DAW1", "Dulles, Allen W.", "Director of Central Intelligence"),
            Entry("frus1955-57v01", "p_DJF1", "Dulles, John Foster", "Secretary of State"),
            Entry("frus1952-54Guat", "p_DAARA1", "Dulles, Allen (Ascham, Robert A.)"),
            Entry("frus1952-54v02p1", "p_DULLESJF1", "Dulles, John Foster"));

        Assert.Equal(["dulles_allen", "dulles_john"], people.Select(p => p.Id));
        Assert.Equal(2, people[0].Roles.Count);
        Assert.Equal(2, people[1].Roles.Count);
    }

    [Fact]
    public void AnInitialThatFitsTwoPeopleJoinsNeither()
    {
        var people = Group(
            Entry("a", "p_KJ1", "Kennedy, John F."),
            Entry("a", "p_KR1", "Kennedy, Robert F."),
            Entry("a", "p_KJP1", "Kennedy, Joseph P."),
            Entry("b", "p_X", "Kennedy, J."),
            Entry("c", "p_KR1", "Kennedy, R."));

        Assert.Equal(4, people.Count);
        Assert.Equal(2, people.Single(p => p.Id == "kennedy_robert").Roles.Count);
    }

    [Fact]
    public void AFamilyNameAloneJoinsTheOnlyPersonOfThatFamily()
    {
        var people = Group(Entry("a", "p_GA1", "Gromov, Anatoly"), Entry("b", "p_G", "Gromov"));

        Assert.Equal(2, Assert.Single(people).Roles.Count);
    }

    [Fact]
    public void APersonTheAuthorityKnowsKeepsTheAuthoritysId()
    {
        var people = Group(
            Entry("a", "p_MVM1", "Molotov, Vyacheslav Mikhailovich"),
            Entry("b", "p_MTT1", "Mao Tse-tung"),
            Entry("c", "p_S1", "Stalin"));

        Assert.Equal(["mao_zedong", "molotov", "stalin"], people.Select(p => p.Id));
    }

    [Fact]
    public void NotesAreNotPeople()
    {
        Assert.Empty(Group(Entry("a", "", "Note:", "Pseudonyms are in parentheses"), Entry("b", "x", "Editor’s Note")));
    }
}

/// <summary>The committed slice of the lists: one person's entries in the slice's volumes are one page.</summary>
public sealed class ListedPeopleSliceTests
{
    [Fact]
    [Trait("Corpus", "FRUS")]
    public void TheSlicesKhrushchevIsOnePersonAcrossVolumesAndItsDullesAreTwo()
    {
        var lists = NameLists.Load([RepositoryPaths.FrusPersons], [RepositoryPaths.FrusTerms], NameAuthority.Default.People);

        var khrushchev = Assert.Single(lists.People, p => p.Family == "Khrushchev");
        Assert.True(khrushchev.Roles.Select(r => r.Volume).Distinct().Count() > 10);
        Assert.Contains("Khrushchev, Nikita S.", khrushchev.Printings);
        Assert.Contains("Khrushchev, Nikita Sergeyevich", khrushchev.Printings);
        Assert.Contains("Khrushchev, Nikita Sergeevich", khrushchev.Printings);
        Assert.Equal(["dulles_allen", "dulles_john"], lists.People.Where(p => p.Id is "dulles_allen" or "dulles_john").Select(p => p.Id));
        Assert.Contains(lists.TermsOf("frus1955-57v02"), t => t.Term == "UN");
    }
}
