using ArchiveSite.Core.Versions;
using static ArchiveSite.Core.Tests.Versions.StoreFiles;

namespace ArchiveSite.Core.Tests.Versions;

/// <summary>When a record left the corpus, kept in the log for harvesters: across restarts, superseded when the record comes back.</summary>
public sealed class VersionStoreWithdrawalTests : IDisposable
{
    private static readonly DateTimeOffset Wednesday = Tuesday.AddDays(1);
    private static readonly DateTimeOffset Thursday = Wednesday.AddDays(1);

    private readonly StoreFolder _store = new();

    private static bool OnlyOther(string id) => id == "112079";

    private static bool Both(string id) => id is "112079" or "112082";

    private static IReadOnlyList<string> Aprf(string id) => ["APRF"];

    [Fact]
    public void ARecordNoLongerServedIsMarkedWithdrawnOnceAndTheMarkOutlivesARestart()
    {
        var store = VersionStore.Open(_store.Path);
        store.Record([Seed("112082"), Seed("112079")], Monday);

        Assert.Equal(VersionStoreUpdate.None with { Withdrawn = 1 }, store.Reconcile(OnlyOther, Aprf, Tuesday));
        Assert.Equal(VersionStoreUpdate.None, store.Reconcile(OnlyOther, Aprf, Wednesday)); // marked already

        var reopened = VersionStore.Open(_store.Path);
        var withdrawal = Assert.Single(reopened.Withdrawals);
        Assert.Equal(("112082", Tuesday), (withdrawal.Id, withdrawal.At));
        Assert.Equal(["APRF"], withdrawal.Archives);
        Assert.Single(reopened.History("112082")); // its text is kept
        Assert.Equal(1, VersionStore.Verify(_store.Path).Withdrawn);
    }

    [Fact]
    public void ARecordServedAgainIsNoLongerWithdrawnAndCanLeaveAgainLater()
    {
        var store = VersionStore.Open(_store.Path);
        store.Record([Seed("112082"), Seed("112079")], Monday);
        store.Reconcile(OnlyOther, Aprf, Tuesday);

        Assert.Equal(VersionStoreUpdate.None with { Returned = 1 }, store.Reconcile(Both, Aprf, Wednesday));
        Assert.Empty(store.Withdrawals);
        Assert.Equal(Wednesday, store.ReturnedAt("112082"));

        var reopened = VersionStore.Open(_store.Path);
        Assert.Empty(reopened.Withdrawals);
        Assert.Equal(Wednesday, reopened.ReturnedAt("112082"));
        Assert.Empty(reopened.CheckWhole());
        Assert.Empty(reopened.Withdrawals); // reading the old withdrawal again does not bring it back

        reopened.Reconcile(OnlyOther, Aprf, Thursday);
        Assert.Equal(Thursday, Assert.Single(VersionStore.Open(_store.Path).Withdrawals).At);
    }

    [Fact]
    public void ANewTextOfAWithdrawnRecordMeansItIsServedAgain()
    {
        var store = VersionStore.Open(_store.Path);
        store.Record([Seed("112082"), Seed("112079")], Monday);
        store.Reconcile(OnlyOther, Aprf, Tuesday);

        store.Record([Corrected(Seed("112082"))], Wednesday);

        Assert.Empty(store.Withdrawals);
        File.Delete(Path.Combine(_store.Path, VersionStore.IndexFileName));
        Assert.Empty(VersionStore.Open(_store.Path).Withdrawals); // read from the lines in order, too
    }

    [Fact]
    public void AReadOnlyStoreReadsWithdrawalsAndRefusesToWriteThem()
    {
        var store = VersionStore.Open(_store.Path);
        store.Record([Seed("112082"), Seed("112079")], Monday);
        store.Reconcile(OnlyOther, Aprf, Tuesday);

        var replica = VersionStore.OpenReadOnly(_store.Path);

        Assert.Equal("112082", Assert.Single(replica.Withdrawals).Id);
        Assert.Throws<InvalidOperationException>(() => replica.Reconcile(Both, Aprf, Wednesday));
    }

    public void Dispose() => _store.Dispose();
}
