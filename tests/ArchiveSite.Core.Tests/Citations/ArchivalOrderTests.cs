using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Citations;

public sealed class ArchivalOrderTests
{
    private static ArchivalReference Reference(string archive, params (ArchivalLevelKind Kind, string Value)[] levels) =>
        new("as written", archive, levels.Select(l => new ArchivalLevel(l.Kind, l.Kind.ToString(), l.Value)).ToArray());

    private static string Listy(string listy) => ArchivalOrder.Key(Reference("APRF",
        (ArchivalLevelKind.Fond, "45"), (ArchivalLevelKind.Opis, "1"), (ArchivalLevelKind.Delo, "347"), (ArchivalLevelKind.Listy, listy)));

    [Fact]
    public void ListySortByNumberNotByCharacter()
    {
        string[] listy = ["100", "9", "10", "165-166", "90-91", "88-89"];

        var ordered = listy.OrderBy(Listy, StringComparer.Ordinal).ToArray();

        Assert.Equal(["9", "10", "88-89", "90-91", "100", "165-166"], ordered);
    }

    [Fact]
    public void FondsOpisAndDelaSortByNumberLevelByLevel()
    {
        var keys = new[]
        {
            Reference("APRF", (ArchivalLevelKind.Fond, "100"), (ArchivalLevelKind.Delo, "1")),
            Reference("APRF", (ArchivalLevelKind.Fond, "9"), (ArchivalLevelKind.Delo, "2")),
            Reference("APRF", (ArchivalLevelKind.Fond, "10"), (ArchivalLevelKind.Delo, "1")),
            Reference("APRF", (ArchivalLevelKind.Fond, "9"), (ArchivalLevelKind.Delo, "10")),
        };

        var ordered = keys.OrderBy(ArchivalOrder.Key, StringComparer.Ordinal).Select(r => $"{r[ArchivalLevelKind.Fond]}/{r[ArchivalLevelKind.Delo]}").ToArray();

        Assert.Equal(["9/2", "9/10", "10/1", "100/1"], ordered);
    }

    [Fact]
    public void LeadingZerosAreNotSignificantAndLettersFollowTheNumber()
    {
        Assert.Equal(ArchivalOrder.Part("59", ArchivalLevelKind.Fond), ArchivalOrder.Part("059", ArchivalLevelKind.Fond));
        Assert.True(string.CompareOrdinal(ArchivalOrder.Part("59", ArchivalLevelKind.Fond), ArchivalOrder.Part("059a", ArchivalLevelKind.Fond)) < 0);
        Assert.True(string.CompareOrdinal(ArchivalOrder.Part("059a", ArchivalLevelKind.Fond), ArchivalOrder.Part("60", ArchivalLevelKind.Fond)) < 0);
    }

    [Fact]
    public void AReferenceWithoutListySortsBeforeItsFirstSheet()
    {
        var whole = ArchivalOrder.Key(Reference("APRF", (ArchivalLevelKind.Fond, "45"), (ArchivalLevelKind.Delo, "347")));

        Assert.True(string.CompareOrdinal(whole, Listy("1")) < 0);
    }

    [Fact]
    public void TheFileIsTheArchiveDownToTheDelo()
    {
        var reference = Reference("AVPRF", (ArchivalLevelKind.Fond, "059a"), (ArchivalLevelKind.Opis, "5a"), (ArchivalLevelKind.Delo, "3"), (ArchivalLevelKind.Papka, "11"), (ArchivalLevelKind.Listy, "165-166"));

        Assert.Equal("AVPRF, Fond 059a, Opis 5a, Delo 3", ArchivalOrder.FileOf(reference));
        Assert.Null(ArchivalOrder.FileOf(Reference("APRF", (ArchivalLevelKind.Fond, "45"))));
    }
}
