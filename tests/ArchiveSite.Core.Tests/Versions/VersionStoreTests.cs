using System.Text;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Versions;
using static ArchiveSite.Core.Tests.Versions.StoreFiles;

namespace ArchiveSite.Core.Tests.Versions;

/// <summary>The append-only store of every text a record has had: kept across restarts, never rewritten.</summary>
public sealed class VersionStoreTests : IDisposable
{
    private readonly StoreFolder _store = new();

    [Fact]
    public void AStoreKeepsEveryTextAcrossRestarts()
    {
        var original = Seed("112082");
        var corrected = Corrected(original);

        var first = VersionStore.Open(_store.Path).Record([original, Seed("112079")], Monday);
        Assert.Equal(new VersionStoreUpdate(2, 0, 0), first);

        var reopened = VersionStore.Open(_store.Path);
        Assert.Equal(new VersionStoreUpdate(0, 1, 1), reopened.Record([corrected, Seed("112079")], Tuesday));
        Assert.Equal(new VersionStoreUpdate(0, 0, 2), VersionStore.Open(_store.Path).Record([corrected, Seed("112079")], Tuesday.AddDays(1)));

        var store = VersionStore.Open(_store.Path);
        Assert.Equal(
            [new VersionInfo(RecordVersion.Of(original), Monday), new VersionInfo(RecordVersion.Of(corrected), Tuesday)],
            store.History("112082"));
        var old = store.Find("112082", RecordVersion.Of(original))!;
        Assert.Equal(original.Body, old.Document.Body);
        Assert.Equal(RecordVersion.Of(original), RecordVersion.Of(old.Document)); // every cited part, read back as stored
        Assert.Equal(original.Citation.References.Select(r => r.Text), old.Document.Citation.References.Select(r => r.Text));
        Assert.Equal(3, store.VersionCount);
        Assert.Empty(store.Problems);
    }

    [Fact]
    public void LinesAreOnlyEverAppended()
    {
        var store = VersionStore.Open(_store.Path);
        store.Record([Seed("112082")], Monday);
        var before = File.ReadAllBytes(_store.Log);

        VersionStore.Open(_store.Path).Record([Corrected(Seed("112082"))], Tuesday);

        var after = File.ReadAllBytes(_store.Log);
        Assert.True(after.Length > before.Length);
        Assert.Equal(before, after[..before.Length]);
    }

    [Fact]
    public void AnUnknownIdOrVersionIsNotFound()
    {
        var store = VersionStore.Open(_store.Path);
        store.Record([Seed("112082")], Monday);

        Assert.Null(store.Find("112082", "000000000000"));
        Assert.Null(store.Find("999", RecordVersion.Of(Seed("112082"))));
        Assert.Empty(store.History("999"));
    }

    [Fact]
    public void AHalfWrittenLastLineIsReportedSkippedAndClosedBeforeTheNextAppend()
    {
        VersionStore.Open(_store.Path).Record([Seed("112082")], Monday);
        File.AppendAllText(_store.Log, "{\"id\":\"112079\",\"version\":\"abcdefabcdef\",\"firstSeen\":\"2026-11-23T09:00:00+00:00\",\"record\":{\"id\":\"11");

        var store = VersionStore.Open(_store.Path);
        var problem = Assert.Single(store.Problems);
        Assert.Contains("Line 2", problem, StringComparison.Ordinal);
        Assert.Contains("incomplete", problem, StringComparison.Ordinal);
        Assert.Empty(store.History("112079"));

        store.Record([Seed("112079")], Tuesday);

        var reopened = VersionStore.Open(_store.Path);
        Assert.Single(reopened.History("112079"));
        Assert.Equal(Seed("112079").Body, reopened.Find("112079", RecordVersion.Of(Seed("112079")))!.Document.Body);
        Assert.Contains("Line 2", Assert.Single(reopened.Problems), StringComparison.Ordinal); // the broken line stays, reported, never rewritten
    }

    [Fact]
    public void AForeignLineIsReportedAndTheRestRead()
    {
        VersionStore.Open(_store.Path).Record([Seed("112082")], Monday);
        File.AppendAllText(_store.Log, "not json at all\n", Encoding.UTF8);
        VersionStore.Open(_store.Path).Record([Seed("112079")], Tuesday);

        var store = VersionStore.Open(_store.Path);

        Assert.Contains("Line 2 ", Assert.Single(store.Problems), StringComparison.Ordinal);
        Assert.Single(store.History("112082"));
        Assert.Single(store.History("112079"));
    }

    [Fact]
    public void TheSavedIndexIsRebuiltFromTheLinesWhenMissingOrStale()
    {
        VersionStore.Open(_store.Path).Record([Seed("112082")], Monday);
        var saved = Path.Combine(_store.Path, VersionStore.IndexFileName);
        Assert.True(File.Exists(saved));

        File.Delete(saved);
        Assert.Single(VersionStore.Open(_store.Path).History("112082"));
        Assert.True(File.Exists(saved)); // written again from the lines

        // Another store's file put in place of this one: the saved index does not describe it.
        var other = Path.Combine(_store.Path, "other");
        VersionStore.Open(other).Record([Seed("112079"), Seed("112082")], Tuesday);
        File.Copy(Path.Combine(other, VersionStore.FileName), _store.Log, overwrite: true);

        var store = VersionStore.Open(_store.Path);
        Assert.Equal([new VersionInfo(RecordVersion.Of(Seed("112079")), Tuesday)], store.History("112079"));
        Assert.Equal([new VersionInfo(RecordVersion.Of(Seed("112082")), Tuesday)], store.History("112082"));
        Assert.Equal(Seed("112079").Body, store.Find("112079", RecordVersion.Of(Seed("112079")))!.Document.Body);
    }

    [Fact]
    public void TextsAppendedAfterTheSavedIndexAreReadFromTheLines()
    {
        VersionStore.Open(_store.Path).Record([Seed("112082")], Monday);
        var saved = Path.Combine(_store.Path, VersionStore.IndexFileName);
        var savedBefore = File.ReadAllBytes(saved);
        VersionStore.Open(_store.Path).Record([Seed("112079")], Tuesday);
        File.WriteAllBytes(saved, savedBefore); // as if the site stopped between appending and saving

        var store = VersionStore.Open(_store.Path);

        Assert.Single(store.History("112082"));
        Assert.Equal([new VersionInfo(RecordVersion.Of(Seed("112079")), Tuesday)], store.History("112079"));
        Assert.Empty(store.Problems);
    }

    [Fact]
    public void AReadOnlyStoreReadsButNeverWrites()
    {
        VersionStore.Open(_store.Path).Record([Seed("112082")], Monday);
        File.Delete(Path.Combine(_store.Path, VersionStore.IndexFileName));

        var store = VersionStore.OpenReadOnly(_store.Path);

        Assert.Single(store.History("112082"));
        Assert.Throws<InvalidOperationException>(() => store.Record([Seed("112079")], Tuesday));
        Assert.False(File.Exists(Path.Combine(_store.Path, VersionStore.IndexFileName)));
        Assert.Empty(VersionStore.OpenReadOnly(Path.Combine(_store.Path, "missing")).History("112082"));
        Assert.False(Directory.Exists(Path.Combine(_store.Path, "missing")));
    }

    public void Dispose() => _store.Dispose();
}
