using System.Diagnostics;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests;

/// <summary>
/// The real FRUS corpus from <c>../shared/corpus/</c>, unpacked once per test run into a temporary
/// folder and loaded. It is kept out of the repository; CI clones main with shared/ beside it.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    public CorpusFixture()
    {
        var archive = Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus", "frus-22k.tar.gz"));
        if (!File.Exists(archive))
        {
            throw new FileNotFoundException($"The FRUS corpus is expected at {archive} (shared/ beside the checkout).", archive);
        }

        // A folder per fixture: test classes that each take the corpus run in parallel, and one
        // deleting a shared folder would pull it from under another.
        Folder = Path.Combine(Path.GetTempPath(), $"archivesite-corpus-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(Folder);
        using (var tar = Process.Start(new ProcessStartInfo("tar", ["-xzf", archive, "-C", Folder]) { RedirectStandardError = true })!)
        {
            tar.WaitForExit();
            if (tar.ExitCode != 0)
            {
                throw new InvalidOperationException("tar failed: " + tar.StandardError.ReadToEnd());
            }
        }

        Result = DocumentLoader.Load(Path.Combine(Folder, "full"));
    }

    public string Folder { get; }

    public LoadResult Result { get; }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
