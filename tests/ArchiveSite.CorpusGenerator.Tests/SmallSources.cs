using ArchiveSite.Core.Tests;

namespace ArchiveSite.CorpusGenerator.Tests;

/// <summary>
/// A small real source set, read once: the two seeds and the first 40 FRUS records of
/// <c>../shared/corpus/frus-22k.tar.gz</c> in archive order (read without unpacking the rest).
/// </summary>
public static class SmallSources
{
    public const int FrusRecords = 40;

    private static readonly Lazy<IReadOnlyList<SourceRecord>> Lazy = new(Load);

    public static IReadOnlyList<SourceRecord> Records => Lazy.Value;

    public static string FrusArchive => Path.GetFullPath(Path.Combine(RepositoryPaths.Root, "..", "shared", "corpus", "frus-22k.tar.gz"));

    private static IReadOnlyList<SourceRecord> Load()
    {
        var seeds = SourceReader.ReadFolder(RepositoryPaths.Seeds);
        var frus = SourceReader.ReadArchive(FrusArchive, FrusRecords);
        return seeds.Concat(frus).OrderBy(r => r.RelativePath, StringComparer.Ordinal).ToArray();
    }
}
