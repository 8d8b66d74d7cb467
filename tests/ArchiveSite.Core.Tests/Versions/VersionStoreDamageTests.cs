using System.Text;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Versions;
using static ArchiveSite.Core.Tests.Versions.StoreFiles;

namespace ArchiveSite.Core.Tests.Versions;

/// <summary>
/// The store checks itself: a damaged line is found (at start, when read, or by the check of the
/// whole log), named by line and record, never served and never thrown; a current text is written
/// again after it; an earlier one is reported. The saved index is never believed when damaged.
/// </summary>
public sealed partial class VersionStoreDamageTests : IDisposable
{
    private readonly StoreFolder _store = new();

    private static readonly string Original = RecordVersion.Of(Seed("112082"));
    private static readonly string Fixed = RecordVersion.Of(Corrected(Seed("112082")));
    private static readonly string Other = RecordVersion.Of(Seed("112079"));

    /// <summary>Three lines: 112082 as first served (line 1), 112079 (line 2), 112082 corrected (line 3).</summary>
    private void ThreeTexts()
    {
        VersionStore.Open(_store.Path).Record([Seed("112082"), Seed("112079")], Monday);
        VersionStore.Open(_store.Path).Record([Corrected(Seed("112082"))], Tuesday);
    }

    /// <summary>The three texts, line <paramref name="line"/> damaged, opened and checked whole.</summary>
    private VersionStore CheckedWithLineDamaged(int line)
    {
        ThreeTexts();
        FlipLetter(_store.Log, line);
        var store = VersionStore.Open(_store.Path);
        store.CheckWhole();
        return store;
    }

    [GeneratedRegex(",\"sha256\":\"[0-9a-f]{64}\"")]
    private static partial Regex ChecksumField();

    [Fact]
    public void ALetterChangedInTheMiddleOfALineIsFoundNamedAndNeverServed()
    {
        ThreeTexts();
        FlipLetter(_store.Log, 1);

        var store = VersionStore.Open(_store.Path); // the saved index covers line 1: a start does not read it
        Assert.Empty(store.Problems);
        Assert.False(store.WholeChecked);

        var found = Assert.Single(store.CheckWhole());
        Assert.Equal((1, "112082", Original, null), (found.Line, found.Id, found.Version, found.RepairedAt));
        Assert.Contains("checksum", found.Reason, StringComparison.Ordinal);
        Assert.True(store.WholeChecked);
        var problem = Assert.Single(store.Problems);
        Assert.Contains($"Line 1 of {_store.Log} (record 112082, version {Original}) is damaged", problem, StringComparison.Ordinal);

        Assert.Null(store.Find("112082", Original));
        Assert.Equal(found, store.Damage("112082", Original));
        Assert.Equal([Original, Fixed], store.History("112082").Select(v => v.Version)); // still listed, so its permalink can say what happened
        Assert.Equal(Seed("112079").Body, store.Find("112079", Other)!.Document.Body);
        Assert.Equal(Corrected(Seed("112082")).Body, store.Find("112082", Fixed)!.Document.Body);
        Assert.Equal(found, Assert.Single(store.Unrepaired));
    }

    [Fact]
    public void AReadFindsADamagedLineTheStartDidNotReadAndSaysSoOnce()
    {
        ThreeTexts();
        FlipLetter(_store.Log, 2);
        var store = VersionStore.Open(_store.Path);
        var raised = new List<DamagedLine>();
        store.DamageFound += raised.Add;

        Assert.Null(store.Find("112079", Other));
        Assert.Null(store.Find("112079", Other));

        var damaged = Assert.Single(raised);
        Assert.Equal((2, "112079", Other), (damaged.Line, damaged.Id, damaged.Version));
        Assert.False(store.Holds("112079", Other));
        Assert.Empty(store.CheckWhole()); // known already
    }

    [Fact]
    public void ADamagedLastByteIsFoundByTheStartThatReadsTheLine()
    {
        VersionStore.Open(_store.Path).Record([Seed("112082"), Seed("112079")], Monday);
        var savedBefore = File.ReadAllBytes(_store.SavedIndex);
        VersionStore.Open(_store.Path).Record([Corrected(Seed("112082"))], Tuesday);
        File.WriteAllBytes(_store.SavedIndex, savedBefore); // as if the site stopped before saving: the start reads line 3
        SetByteFromEnd(_store.Log, 3, 1, (byte)'|');

        var store = VersionStore.Open(_store.Path);

        var damaged = Assert.Single(store.Damaged);
        Assert.Equal((3, "112082", Fixed), (damaged.Line, damaged.Id, damaged.Version));
        Assert.Contains("Line 3 of", Assert.Single(store.Problems), StringComparison.Ordinal);
        Assert.Equal([Original, Fixed], store.History("112082").Select(v => v.Version));
        Assert.Null(store.Find("112082", Fixed));
        Assert.Equal(Seed("112082").Body, store.Find("112082", Original)!.Document.Body);
    }

    [Fact]
    public void ATruncatedLogIsReportedAndTheLinesBeforeTheCutStillRead()
    {
        ThreeTexts();
        var bytes = File.ReadAllBytes(_store.Log);
        var (start, length) = Line(bytes, 3);
        File.WriteAllBytes(_store.Log, bytes[..(start + (length / 2))]);

        var store = VersionStore.Open(_store.Path);

        Assert.Contains(store.Problems, p => p.Contains("cut short", StringComparison.Ordinal) && p.Contains(VersionStore.IndexFileName, StringComparison.Ordinal));
        var incomplete = Assert.Single(store.Damaged);
        Assert.Equal((3, true, "112082", Fixed), (incomplete.Line, incomplete.Unfinished, incomplete.Id, incomplete.Version));
        Assert.Empty(store.Unrepaired); // a line left unfinished never served a text
        Assert.Equal([Original], store.History("112082").Select(v => v.Version));
        Assert.Equal(Seed("112079").Body, store.Find("112079", Other)!.Document.Body);

        // Recorded again while it is the text served, after the cut line, which stays.
        Assert.Equal(1, store.Record([Corrected(Seed("112082"))], Tuesday).NewVersions);
        var reopened = VersionStore.Open(_store.Path);
        Assert.Equal(Corrected(Seed("112082")).Body, reopened.Find("112082", Fixed)!.Document.Body);
        Assert.Equal(4, Assert.Single(reopened.Damaged).RepairedAt);
    }

    [Fact]
    public void AMissingSavedIndexIsRebuiltAndEveryLineCheckedAsItIsRead()
    {
        ThreeTexts();
        File.Delete(_store.SavedIndex);
        FlipLetter(_store.Log, 2);

        var store = VersionStore.Open(_store.Path);

        Assert.Contains("missing", store.IndexNote, StringComparison.Ordinal);
        Assert.True(File.Exists(_store.SavedIndex));
        Assert.Equal((2, "112079", Other), (store.Damaged[0].Line, store.Damaged[0].Id, store.Damaged[0].Version));
        Assert.Null(store.Find("112079", Other));
        Assert.Equal(Seed("112082").Body, store.Find("112082", Original)!.Document.Body);

        // The damage is saved with the index: the next start knows it at once.
        Assert.Equal(2, Assert.Single(VersionStore.Open(_store.Path).Damaged).Line);
    }

    [Fact]
    public void ADamagedSavedIndexIsNotBelievedAndTheLogIsReadInstead()
    {
        ThreeTexts();
        var saved = File.ReadAllText(_store.SavedIndex);
        // An offset changed on disk: believed, it would send reads of a good text to the wrong bytes.
        var entry = saved.Split('\n').First(l => l.StartsWith("T\t112079\t", StringComparison.Ordinal));
        var parts = entry.Split('\t');
        parts[4] = (long.Parse(parts[4], System.Globalization.CultureInfo.InvariantCulture) + 1).ToString(System.Globalization.CultureInfo.InvariantCulture);
        File.WriteAllText(_store.SavedIndex, saved.Replace(entry, string.Join('\t', parts), StringComparison.Ordinal));

        var store = VersionStore.Open(_store.Path);

        Assert.Contains("damaged", store.IndexNote, StringComparison.Ordinal);
        Assert.Empty(store.Problems);
        Assert.Equal(Seed("112079").Body, store.Find("112079", Other)!.Document.Body);
        Assert.Equal(3, store.VersionCount);
    }

    [Fact]
    public void AStoreOfTheFirstFormatIsReadAndItsTextsCheckedAgainstTheirVersions()
    {
        ThreeTexts();
        // What the store wrote before lines had checksums, with its saved index of the time.
        File.WriteAllText(_store.Log, ChecksumField().Replace(File.ReadAllText(_store.Log), ""));
        File.WriteAllText(_store.SavedIndex, "archivesite-versions-index-1\t0\t0\tx\n");

        var store = VersionStore.Open(_store.Path);

        Assert.Contains("another build", store.IndexNote, StringComparison.Ordinal);
        Assert.Empty(store.Problems);
        Assert.Equal(Seed("112082").Body, store.Find("112082", Original)!.Document.Body);
        Assert.Equal(Corrected(Seed("112082")).Body, store.Find("112082", Fixed)!.Document.Body);
        Assert.Empty(store.CheckWhole());

        // Without a checksum a changed letter is still caught: the text no longer hashes to its version.
        FlipLetter(_store.Log, 2);
        var damaged = VersionStore.Open(_store.Path);
        Assert.Empty(damaged.Problems); // its head still reads
        Assert.Null(damaged.Find("112079", Other));
        Assert.Contains("does not match its version", damaged.Damage("112079", Other)!.Reason, StringComparison.Ordinal);
        Assert.Equal(2, Assert.Single(VersionStore.Open(_store.Path).CheckWhole()).Line);
    }

    [Fact]
    public void ADamagedCurrentTextIsWrittenAgainAfterItAndTheDamagedLineKept()
    {
        var store = CheckedWithLineDamaged(2);
        var damagedBytes = File.ReadAllBytes(_store.Log);

        var update = store.Restore([(Seed("112079"), Monday)]);

        Assert.Equal(1, update.Repaired);
        Assert.Null(update.Problem);
        var after = File.ReadAllBytes(_store.Log);
        Assert.Equal(damagedBytes, after[..damagedBytes.Length]); // appended, never rewritten
        var repaired = store.Find("112079", Other)!;
        Assert.Equal(Seed("112079").Body, repaired.Document.Body);
        Assert.Equal(Other, RecordVersion.Of(repaired.Document)); // word for word the text the store had
        Assert.Equal(Monday, repaired.Info.FirstSeen);
        Assert.Equal(4, Assert.Single(store.Damaged).RepairedAt);
        Assert.Empty(store.Unrepaired);

        var reopened = VersionStore.Open(_store.Path);
        Assert.Equal(Seed("112079").Body, reopened.Find("112079", Other)!.Document.Body);
        Assert.Equal([new VersionInfo(Other, Monday)], reopened.History("112079"));
        Assert.Equal((2, 4), (Assert.Single(reopened.Damaged).Line, reopened.Damaged[0].RepairedAt));
        Assert.Empty(reopened.CheckWhole());
        Assert.Equal(VersionStoreUpdate.None with { Unchanged = 1 }, reopened.Restore([(Seed("112079"), Monday)]));
    }

    [Fact]
    public void RecordingADamagedTextAgainRepairsItWithItsFirstSighting()
    {
        var store = CheckedWithLineDamaged(2);

        Assert.Equal(new VersionStoreUpdate(0, 0, 1, Repaired: 1), store.Record([Seed("112079"), Corrected(Seed("112082"))], Tuesday.AddDays(1)));

        Assert.Equal(Monday, store.Find("112079", Other)!.Info.FirstSeen);
    }

    [Fact]
    public void ADamagedEarlierTextCannotBeRepairedFromTheCurrentOneAndStaysReported()
    {
        var store = CheckedWithLineDamaged(1);

        // Only the current text is at hand; its version is not the damaged one.
        Assert.Equal(0, store.Restore([(Corrected(Seed("112082")), Tuesday)]).Repaired);

        var lost = Assert.Single(store.Unrepaired);
        Assert.Equal((1, "112082", Original), (lost.Line, lost.Id, lost.Version));
        Assert.Contains("restored from a backup", lost.Describe(_store.Log), StringComparison.Ordinal);
        Assert.Null(store.Find("112082", Original));
    }

    [Fact]
    public void AHeadDamagedBeyondReadingIsNamedByTheSavedIndex()
    {
        ThreeTexts();
        var bytes = File.ReadAllBytes(_store.Log);
        bytes[Line(bytes, 2).Start] = (byte)'['; // not even JSON's opening brace
        File.WriteAllBytes(_store.Log, bytes);

        var store = VersionStore.Open(_store.Path);
        var found = Assert.Single(store.CheckWhole());

        Assert.Equal((2, "112079", Other), (found.Line, found.Id, found.Version));
    }

    [Fact]
    public void VerifyReportsEveryLineAndEachDamagedOneWithoutWriting()
    {
        ThreeTexts();
        FlipLetter(_store.Log, 1);
        File.AppendAllText(_store.Log, "{\"id\":\"112079\",\"version\":\"abcdefabcdef\",\"firstSeen\":\"2026-11-25T09:00:00+00:00\",\"record\":{\"id\":\"11");
        var (log, saved) = (File.ReadAllBytes(_store.Log), File.ReadAllBytes(_store.SavedIndex));

        var report = VersionStore.Verify(_store.Path);

        Assert.Equal((_store.Log, 4, 2, 3, 0, true), (report.LogPath, report.Lines, report.Records, report.Texts, report.Withdrawn, report.IncompleteLastLine));
        Assert.Equal([(1, "112082", false), (4, "112079", true)], report.Damaged.Select(d => (d.Line, d.Id, d.Unfinished)));
        var lost = Assert.Single(report.Unrepaired);
        Assert.Equal(1, lost.Line);
        Assert.False(report.IsSound);
        Assert.Contains("matches the log", report.Index, StringComparison.Ordinal);
        Assert.Equal(log, File.ReadAllBytes(_store.Log));
        Assert.Equal(saved, File.ReadAllBytes(_store.SavedIndex));
        Assert.Throws<FileNotFoundException>(() => VersionStore.Verify(Path.Combine(_store.Path, "missing")));
    }

    [Fact]
    public void VerifyFindsASoundStoreSound()
    {
        ThreeTexts();

        var report = VersionStore.Verify(_store.Path);

        Assert.True(report.IsSound);
        Assert.Empty(report.Damaged);
        Assert.Equal(3, report.Lines);
        Assert.Equal(File.ReadAllBytes(_store.Log).Length, report.Bytes);
    }

    public void Dispose() => _store.Dispose();
}
