using ArchiveSite.Core.Tests;

namespace ArchiveSite.CorpusGenerator.Tests;

/// <summary>
/// A small real source set, read once: the two seeds and the first 40 FRUS records in path order,
/// of the slice committed in <c>tests/corpus/frus</c> or, on a whole-corpus run, of the corpus that
/// <c>ARCHIVESITE_CORPUS</c> names (from a <c>.tar.gz</c>, read without unpacking the rest).
/// </summary>
public static class SmallSources
{
    public const int FrusRecords = 40;

    private static readonly Lazy<IReadOnlyList<SourceRecord>> Lazy = new(Load);

    public static IReadOnlyList<SourceRecord> Records => Lazy.Value;

    private static IReadOnlyList<SourceRecord> Load()
    {
        var seeds = SourceReader.ReadFolder(RepositoryPaths.Seeds);
        var frus = SourceReader.Read(FrusCorpus.Source, FrusRecords);
        return seeds.Concat(frus).OrderBy(r => r.RelativePath, StringComparer.Ordinal).ToArray();
    }
}
