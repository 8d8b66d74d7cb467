using ArchiveSite.Core.Collections;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Collections;

public sealed class CollectionMembershipsTests
{
    private static Citation Cite(string text) => CitationParser.Parse(text, out var error) ?? throw new InvalidOperationException(error);

    private const string Frus15 = "“Memorandum From the President’s Special Assistant,” January 5, 1964, Foreign Relations of the United States, 1964–1968, Volume XV, Germany and Berlin, Document 15, Central Files, POL 38–6 <https://history.state.gov/historicaldocuments/frus1964-68v15/d15>";

    [Fact]
    public void AFrusRecordIsInItsVolumeNamedByTheAddressAndTitledByTheCitation()
    {
        var volume = CollectionMemberships.Volume(Cite(Frus15));

        Assert.NotNull(volume);
        Assert.Equal("frus1964-68v15", volume.Id);
        Assert.Equal(CollectionKind.Volume, volume.Kind);
        Assert.Equal("Foreign Relations of the United States, 1964–1968, Volume XV, Germany and Berlin", volume.Title);
        Assert.Equal("Document 15", volume.Place);
    }

    [Fact]
    public void DocumentNumbersOrderAsNumbersWithALetteredInsertAfterItsNumber()
    {
        string Key(string number) => CollectionMemberships.Volume(Cite(Frus15.Replace("Document 15", "Document " + number, StringComparison.Ordinal)))!.OrderKey;

        var keys = new[] { "10", "2", "15a", "100", "15" }.OrderBy(Key, StringComparer.Ordinal).ToArray();

        Assert.Equal(["2", "10", "15", "15a", "100"], keys);
    }

    [Fact]
    public void AVolumeCitedWithoutAHistoryStateGovAddressIsNamedBySlugOfItsTitle()
    {
        var volume = CollectionMemberships.Volume(Cite("“A memorandum,” May 1, 1955, Foreign Relations of the United States, 1955–1957, China, Volume II, Document 7 https://example.org/record/7"));

        Assert.Equal("foreign-relations-of-the-united-states-1955-1957-china-volume-ii", volume!.Id);
    }

    [Fact]
    public void AWilsonCenterRecordIsInTheFondOfEachOfItsReferencesInArchivalOrder()
    {
        var document = DocumentLoader.Load(RepositoryPaths.Seeds).Documents.Single(d => d.Id == "112082");

        var memberships = CollectionMemberships.Of(document);

        Assert.Equal(["aprf-fond-45", "avprf-fond-059a"], memberships.Select(m => m.Id));
        Assert.Equal(["APRF, Fond 45", "AVPRF, Fond 059a"], memberships.Select(m => m.Title));
        Assert.Equal(["Opis 1, Delo 347, Listy 90-91", "Opis 5a, Delo 3, Papka 11, Listy 165-166"], memberships.Select(m => m.Place));
        Assert.All(memberships, m => Assert.Equal(CollectionKind.Fond, m.Kind));
        Assert.Equal(ArchiveSite.Core.Citations.ArchivalOrder.Key(document.Citation.References[0]), memberships[0].OrderKey);
    }

    [Fact]
    public void ACitationNamingNeitherVolumeNorFondIsInNoCollection()
    {
        var citation = Cite("\"Note\", undated, Test Archive, Department of State, Central Files https://example.org/document/note");

        Assert.Null(CollectionMemberships.Volume(citation));
        Assert.All(citation.References, r => Assert.Null(CollectionMemberships.Fond(r)));
    }

    [Theory]
    [InlineData("APRF, Fond 059a", "aprf-fond-059a")]
    [InlineData("  Department of State;; Fond 7 ", "department-of-state-fond-7")]
    [InlineData("РГАСПИ, Fond 17", "ргаспи-fond-17")]
    [InlineData("!!!", "collection-")]
    public void SlugsAreReadableLowercaseWordsJoinedByHyphens(string title, string expected)
    {
        var slug = CollectionMemberships.Slug(title);

        Assert.StartsWith(expected, slug, StringComparison.Ordinal);
        Assert.True(CollectionMemberships.IsWellFormed(slug), slug);
    }

    [Theory]
    [InlineData("frus1964-68v15", true)]
    [InlineData("aprf-fond-45", true)]
    [InlineData("frus1952-54Guat", true)]
    [InlineData("a b", false)]
    [InlineData("../etc", false)]
    [InlineData("a..b", false)]
    [InlineData("-fond", false)]
    [InlineData("", false)]
    [InlineData(null, false)]
    public void OnlyWhatASlugOrAVolumeAddressGivesIsAWellFormedId(string? id, bool wellFormed) =>
        Assert.Equal(wellFormed, CollectionMemberships.IsWellFormed(id));

    [Fact]
    public void TheLongestIdIsCutAtTheLimit() =>
        Assert.Equal(CollectionMemberships.MaxIdLength, CollectionMemberships.Slug(new string('a', 500)).Length);

    [Fact]
    public void ControlCharactersNeverReachATitleOrPlace()
    {
        var reference = new ArchivalReference("APRF\u001f, Fond 45", "AP\u001fRF", [new ArchivalLevel(ArchivalLevelKind.Fond, "Fond", "45"), new ArchivalLevel(ArchivalLevelKind.Delo, "Delo", "3\u00014")]);

        var fond = CollectionMemberships.Fond(reference)!;

        Assert.Equal("AP RF, Fond 45", fond.Title);
        Assert.Equal("Delo 3 4", fond.Place);
    }
}
