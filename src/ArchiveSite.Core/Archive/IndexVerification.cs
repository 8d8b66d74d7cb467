using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Store;

namespace ArchiveSite.Core.Archive;

/// <summary>
/// Checks every file of an index folder whole, for the <c>verify</c> command and for the check a
/// site runs in the background after it starts on an index it did not just build: each Lucene
/// file of the last commit against its checksum, the manifest and the saved catalogue against
/// theirs, and each lookup store beside the index (every record's checksum and the whole file's).
/// Reads, never writes.
/// </summary>
public static class IndexVerification
{
    /// <summary>
    /// Verifies the index in <paramref name="indexPath"/>. With <paramref name="openSegments"/>, also
    /// opens every segment as a search would and runs Lucene's own <see cref="AtomicReader.CheckIntegrity"/>
    /// on each (a second opinion for the offline command; the background check has compared every
    /// file's checksum already). <paramref name="names"/>, when given, is the authority a site would
    /// serve the index with: an index written with another (or by another version) is reported.
    /// </summary>
    public static IndexReport Verify(string indexPath, NameAuthority? names, bool openSegments, CancellationToken cancellation)
    {
        var findings = new List<IndexFinding>();
        if (!System.IO.Directory.Exists(indexPath))
        {
            findings.Add(new IndexFinding(indexPath, null, FindingKind.Damaged, "the index folder does not exist"));
            return new IndexReport(indexPath, null, findings);
        }

        string? commit = null;
        using (var directory = FSDirectory.Open(indexPath))
        {
            var files = IndexCheck.Each(directory, full: true, cancellation).ToArray();
            if (files.Length == 0)
            {
                findings.Add(new IndexFinding("segments_N", null, FindingKind.Damaged, "there is no Lucene commit in the folder: no index was built here, or its segments files are gone"));
            }

            findings.AddRange(files.Select(f => f.Problem is null
                ? new IndexFinding(f.File, f.Segment, FindingKind.Whole, "checksum matches")
                : new IndexFinding(f.File, f.Segment, FindingKind.Damaged, f.Problem)));
            if (files.Length > 0 && files.All(f => f.Problem is null))
            {
                commit = CommitOf(directory, openSegments, findings);
            }
        }

        findings.Add(Manifest(indexPath, commit, names));
        findings.Add(Saved(ServedCatalog.FileName, Store(indexPath, ServedCatalog.FileName, () => ServedCatalog.Verify(indexPath)), commit));
        findings.Add(Saved(CardStore.FileName, Store(indexPath, CardStore.FileName, () => CardStore.Verify(indexPath, cancellation)), commit));
        findings.Add(Saved(PageStore.FileName, Store(indexPath, PageStore.FileName, () => PageStore.Verify(indexPath, cancellation)), commit));
        findings.Add(Saved(RelatedLists.FileName, Store(indexPath, RelatedLists.FileName, () => RelatedLists.Verify(indexPath)), commit));
        return new IndexReport(indexPath, commit, findings);
    }

    /// <summary>The manifest commit the index's last commit names; with <paramref name="openSegments"/>, every segment opened and checked by Lucene too.</summary>
    private static string? CommitOf(Lucene.Net.Store.Directory directory, bool openSegments, List<IndexFinding> findings)
    {
        try
        {
            var commits = DirectoryReader.ListCommits(directory);
            var commit = commits[^1].UserData.TryGetValue(IndexManifest.CommitKey, out var id) ? id : null;
            if (openSegments)
            {
                using var reader = DirectoryReader.Open(directory);
                foreach (var leaf in reader.Leaves)
                {
                    leaf.AtomicReader.CheckIntegrity();
                }

                findings.Add(new IndexFinding(commits[^1].SegmentsFileName, null, FindingKind.Whole,
                    $"{reader.Leaves.Count} segments open and pass Lucene's integrity check; {reader.NumDocs:N0} records"));
            }

            return commit;
        }
        catch (Exception ex) when (ex is IOException || IndexDamage.IsDamage(ex))
        {
            findings.Add(new IndexFinding("segments", null, FindingKind.Damaged, $"the segments do not open: {IndexDamage.Describe(ex)}"));
            return null;
        }
    }

    private static IndexFinding Manifest(string indexPath, string? commit, NameAuthority? names)
    {
        var manifest = IndexManifest.TryRead(indexPath, out var problem);
        if (manifest is null)
        {
            return new IndexFinding(IndexManifest.FileName, null, FindingKind.Damaged, problem ?? "it cannot be read");
        }

        if (commit is not null && manifest.Commit != commit)
        {
            return new IndexFinding(IndexManifest.FileName, null, FindingKind.Damaged, "it describes another commit than the index's last (a build was interrupted between the two)");
        }

        if (names is not null && manifest.Indexer != IndexFolder.IndexerFingerprint(names))
        {
            return new IndexFinding(IndexManifest.FileName, null, FindingKind.OtherVersion,
                "whole, but written by another version of the indexing code or with another names authority: this version rebuilds it, or will not serve it read-only");
        }

        return new IndexFinding(IndexManifest.FileName, null, FindingKind.Whole, $"checksum matches; {manifest.Files.Count:N0} files described");
    }

    /// <summary>A store's check, or nothing to check when the site has not written it (yet).</summary>
    private static (string? Commit, string? Problem)? Store(string indexPath, string fileName, Func<(string? Commit, string? Problem)> verify) =>
        File.Exists(Path.Combine(indexPath, fileName)) ? verify() : null;

    /// <summary>What a file the site writes beside the index for one commit is: whole, damaged, for another commit (replaced at the next start), or absent.</summary>
    private static IndexFinding Saved(string fileName, (string? Commit, string? Problem)? verified, string? commit)
    {
        if (verified is null)
        {
            return new IndexFinding(fileName, null, FindingKind.Absent, "not written yet: a site writes it once it serves");
        }

        var (savedFor, problem) = verified.Value;
        if (problem is not null)
        {
            return new IndexFinding(fileName, null, FindingKind.Damaged, problem);
        }

        return savedFor is null || (commit is not null && savedFor != commit)
            ? new IndexFinding(fileName, null, FindingKind.Replaced, "whole, but of another format or for another commit: a site writes it again")
            : new IndexFinding(fileName, null, FindingKind.Whole, "checksum matches");
    }
}
