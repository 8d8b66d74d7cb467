using ArchiveSite.Core.Collections;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Core.Tests.Collections;

/// <summary>
/// Every FRUS record (the slice, or the whole corpus) is in its volume: the one its address names
/// (<c>…/frus1948v01p1/d119</c>), at the number its citation gives, and each volume's title names
/// one volume. Counted from the records' file names, independently of the parser.
/// </summary>
[Collection(CorpusCollection.Name)]
[Trait("Corpus", "FRUS")]
public sealed class CorpusCollectionTests(CorpusFixture corpus)
{
    /// <summary>The volumes of the whole corpus (its records' file names have 67 prefixes).</summary>
    private const int WholeVolumes = 67;

    [Fact]
    public void EveryRecordIsInTheVolumeItsAddressNamesAtItsNumber()
    {
        var wrong = corpus.Result.Documents
            .Select(d => (d.Id, Memberships: CollectionMemberships.Of(d)))
            .Where(r => r.Memberships is not [{ Kind: CollectionKind.Volume } volume]
                || $"{volume.Id}-d{volume.Place["Document ".Length..]}" != r.Id)
            .Select(r => $"{r.Id}: {string.Join("; ", r.Memberships.Select(m => $"{m.Id} {m.Place}"))}")
            .ToArray();

        Assert.True(wrong.Length == 0, string.Join('\n', wrong.Take(20)));
    }

    [Fact]
    public void EachVolumeTitleNamesOneVolumeAndEachVolumeHasOneTitle()
    {
        var volumes = corpus.Result.Documents.Select(d => CollectionMemberships.Volume(d.Citation)!).ToArray();
        var prefixes = Directory.GetFiles(corpus.Folder).Select(f => Path.GetFileNameWithoutExtension(f)).Select(name => name[..name.LastIndexOf("-d", StringComparison.Ordinal)]).Distinct().Count();

        Assert.All(volumes.GroupBy(v => v.Title), g => Assert.Single(g.Select(v => v.Id).Distinct()));
        Assert.All(volumes.GroupBy(v => v.Id), g => Assert.Single(g.Select(v => v.Title).Distinct()));
        Assert.Equal(prefixes, volumes.Select(v => v.Id).Distinct().Count());
        if (corpus.IsWhole)
        {
            Assert.Equal(WholeVolumes, prefixes);
        }
    }

    [Fact]
    public void AVolumeListsItsRecordsByDocumentNumber()
    {
        using var index = ArchiveIndex.Build(corpus.Result.Documents, indexPath: null, NameAuthority.Default);
        var relations = new DocumentRelations(index);

        foreach (var volume in relations.Collections.All)
        {
            var numbers = relations.CollectionItems(volume.Id, 0, int.MaxValue).Select(i => int.Parse(i.Place["Document ".Length..], System.Globalization.CultureInfo.InvariantCulture)).ToArray();

            Assert.Equal(volume.Count, numbers.Length);
            Assert.Equal(numbers.Order(), numbers);
        }

        Assert.Equal(corpus.Result.Documents.Count, relations.Collections.All.Sum(c => c.Count));
    }
}
