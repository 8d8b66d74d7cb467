using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests;

/// <summary>
/// The FRUS records of <see cref="FrusCorpus"/> (the committed slice, or the whole corpus that
/// <c>ARCHIVESITE_CORPUS</c> names), opened once per test class or collection and loaded.
/// </summary>
public sealed class CorpusFixture : IDisposable
{
    private readonly FrusCorpus _corpus = FrusCorpus.Open();

    public CorpusFixture() => Result = DocumentLoader.Load(_corpus.Folder);

    /// <summary>True on a whole-corpus run: the corpus README's exact counts hold.</summary>
    public bool IsWhole => FrusCorpus.IsWhole;

    /// <summary>The folder of record files, for counting from the raw files independently of the parser.</summary>
    public string Folder => _corpus.Folder;

    public LoadResult Result { get; }

    public void Dispose() => _corpus.Dispose();
}
