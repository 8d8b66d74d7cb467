using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Versions;
using static ArchiveSite.Core.Tests.Versions.StoreFiles;

namespace ArchiveSite.Core.Tests.Versions;

/// <summary>A write that meets a full disk or a read-only file system keeps nothing half-written, says why and where, and the next write succeeds once there is room.</summary>
public sealed class VersionStoreWriteFailureTests : IDisposable
{
    private readonly StoreFolder _store = new();

    [Fact]
    public void AFullDiskKeepsNothingHalfWrittenAndTheNextWriteSucceeds()
    {
        var disk = new FillingDisk();
        var store = VersionStore.Open(_store.Path, disk.Open);
        store.Record([Seed("112082")], Monday);
        var before = File.ReadAllBytes(_store.Log);

        disk.SpaceLeft = 100; // part of the next line fits
        var failed = store.Record([Seed("112079"), Corrected(Seed("112082"))], Tuesday);

        Assert.Equal(new VersionStoreUpdate(0, 0, 0, Problem: failed.Problem), failed);
        Assert.Contains(_store.Log, failed.Problem, StringComparison.Ordinal);
        Assert.Contains("the disk is full", failed.Problem, StringComparison.Ordinal);
        Assert.Contains("record 112079", failed.Problem, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(_store.Log)); // cut back: no half line left
        Assert.Empty(store.History("112079"));
        Assert.Equal(Seed("112082").Body, store.Find("112082", RecordVersion.Of(Seed("112082")))!.Document.Body);
        Assert.Empty(VersionStore.Open(_store.Path).Problems);

        disk.SpaceLeft = null;
        Assert.Equal(new VersionStoreUpdate(1, 1, 0), store.Record([Seed("112079"), Corrected(Seed("112082"))], Tuesday));

        var reopened = VersionStore.Open(_store.Path);
        Assert.Empty(reopened.Problems);
        Assert.Equal(Seed("112079").Body, reopened.Find("112079", RecordVersion.Of(Seed("112079")))!.Document.Body);
        Assert.Equal(2, reopened.History("112082").Count);
    }

    [Fact]
    public void AFullDiskWhileALineIsClosedLeavesItUnfinishedAsItWas()
    {
        var disk = new FillingDisk();
        VersionStore.Open(_store.Path).Record([Seed("112082")], Monday);
        File.AppendAllText(_store.Log, "{\"id\":\"112079\",\"vers");
        var store = VersionStore.Open(_store.Path, disk.Open);
        var before = File.ReadAllBytes(_store.Log);

        disk.SpaceLeft = 0;
        Assert.NotNull(store.Record([Seed("112079")], Tuesday).Problem);
        Assert.Equal(before, File.ReadAllBytes(_store.Log));

        disk.SpaceLeft = null;
        Assert.Equal(1, store.Record([Seed("112079")], Tuesday).NewRecords);
        var reopened = VersionStore.Open(_store.Path);
        Assert.Equal(Seed("112079").Body, reopened.Find("112079", RecordVersion.Of(Seed("112079")))!.Document.Body);
        Assert.Equal(2, Assert.Single(reopened.Damaged).Line);
    }

    [Fact]
    public void AReadOnlyFileSystemRefusesTheWriteAndTheStoreStillReads()
    {
        var disk = new FillingDisk();
        var store = VersionStore.Open(_store.Path, disk.Open);
        store.Record([Seed("112082")], Monday);

        disk.ReadOnly = true;
        var refused = store.Record([Seed("112079")], Tuesday);
        var withdrawal = store.Reconcile(_ => false, _ => [], Tuesday);

        Assert.Contains("read-only", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("record 112079", refused.Problem, StringComparison.Ordinal);
        Assert.Contains("withdrawal of record 112082", withdrawal.Problem, StringComparison.Ordinal);
        Assert.Empty(store.Withdrawals);
        Assert.Equal(Seed("112082").Body, store.Find("112082", RecordVersion.Of(Seed("112082")))!.Document.Body);

        disk.ReadOnly = false;
        Assert.Equal(1, store.Record([Seed("112079")], Tuesday).NewRecords);
    }

    [Fact]
    public void AnIndexThatCannotBeSavedLosesNoText()
    {
        var store = VersionStore.Open(_store.Path);
        Directory.CreateDirectory(Path.Combine(_store.Path, VersionStore.IndexFileName + ".tmp")); // the save's temporary file cannot be made

        var update = store.Record([Seed("112082")], Monday);

        Assert.Equal(1, update.NewRecords);
        Assert.Contains(VersionStore.IndexFileName, update.Problem, StringComparison.Ordinal);
        Directory.Delete(Path.Combine(_store.Path, VersionStore.IndexFileName + ".tmp"));
        Assert.Single(VersionStore.Open(_store.Path).History("112082"));
    }

    public void Dispose() => _store.Dispose();
}
