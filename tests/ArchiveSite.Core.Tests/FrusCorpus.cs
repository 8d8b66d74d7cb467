using System.Formats.Tar;
using System.IO.Compression;

namespace ArchiveSite.Core.Tests;

/// <summary>
/// The FRUS records the corpus tests read. By default the slice committed in
/// <c>tests/corpus/frus</c> (tests/corpus/README.md), so the suite passes on a fresh clone with
/// nothing beside it; the whole corpus when <see cref="Variable"/> names it, a folder of records or
/// the <c>.tar.gz</c>, as <c>bash tests/corpus/run.sh</c> does. Tests assert what they can compute
/// from the records themselves on either, and the corpus README's exact counts only on the whole.
/// Every test that reads them carries <c>[Trait("Corpus", "FRUS")]</c>, which that script selects.
/// </summary>
internal sealed class FrusCorpus : IDisposable
{
    /// <summary>The environment variable that names the whole corpus.</summary>
    public const string Variable = "ARCHIVESITE_CORPUS";

    /// <summary>How many records the whole corpus holds (its README).</summary>
    public const int WholeCount = 22_029;

    private readonly string? _unpacked;

    private FrusCorpus(string folder, string? unpacked)
    {
        Folder = folder;
        _unpacked = unpacked;
    }

    /// <summary>True when <see cref="Variable"/> names the whole corpus: the README's counts hold.</summary>
    public static bool IsWhole => WholePath is not null;

    /// <summary>The whole corpus's folder or archive, or the committed slice's folder.</summary>
    public static string Source => WholePath ?? RepositoryPaths.FrusSlice;

    private static string? WholePath =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } path ? Path.GetFullPath(path) : null;

    /// <summary>The folder of record files.</summary>
    public string Folder { get; }

    /// <summary>
    /// The records as a folder: a folder as it is (never written to), an archive unpacked into a
    /// temporary folder of its own that <see cref="Dispose"/> removes.
    /// </summary>
    public static FrusCorpus Open()
    {
        var source = Source;
        if (Directory.Exists(source))
        {
            return new FrusCorpus(source, unpacked: null);
        }

        if (!File.Exists(source))
        {
            throw new FileNotFoundException($"{Variable} names {source}, which is neither a folder of records nor a .tar.gz.", source);
        }

        // A folder per caller: test classes that each open the corpus run in parallel, and one
        // deleting a shared folder would pull it from under another.
        var unpacked = Path.Combine(Path.GetTempPath(), $"archivesite-corpus-{Environment.ProcessId}-{Guid.NewGuid():N}");
        Directory.CreateDirectory(unpacked);
        using (var gzip = new GZipStream(File.OpenRead(source), CompressionMode.Decompress))
        {
            TarFile.ExtractToDirectory(gzip, unpacked, overwriteFiles: false);
        }

        // The FRUS archive holds one folder, full/; the records are in it.
        var folder = unpacked;
        while (Directory.GetFiles(folder).Length == 0 && Directory.GetDirectories(folder) is [var only])
        {
            folder = only;
        }

        return new FrusCorpus(folder, unpacked);
    }

    public void Dispose()
    {
        if (_unpacked is not null)
        {
            Directory.Delete(_unpacked, recursive: true);
        }
    }
}
