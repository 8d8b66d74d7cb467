using ArchiveSite.Benchmarks.Quality.Families;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Search.Quality;

/// <summary>
/// The query families generated once from the committed FRUS slice (429 records), as the harness
/// generates them from the whole corpus, with a few surnames the slice holds often in place of the
/// FRUS lists of names (which live beside the corpus, not in the repository).
/// </summary>
public sealed class SliceFamilies
{
    public const int PerFamily = 30;
    public const int Seed = 1950;

    /// <summary>Surnames of people the slice's volumes name often.</summary>
    internal static readonly IReadOnlySet<string> Surnames = new HashSet<string>(StringComparer.Ordinal)
    {
        "acheson", "dulles", "eisenhower", "herter", "kennedy", "khrushchev", "kissinger", "lovett", "marshall", "nixon", "rusk", "truman",
    };

    public SliceFamilies()
    {
        Documents = DocumentLoader.Load(RepositoryPaths.FrusSlice).Documents;
        Corpus = Corpus.Of(Documents);
        Queries = QueryFamilies.Generate(Corpus, PerFamily, Seed, Surnames);
    }

    public IReadOnlyList<ArchiveDocument> Documents { get; }

    internal Corpus Corpus { get; }

    internal IReadOnlyList<QualityQuery> Queries { get; }

    internal IReadOnlyList<QualityQuery> Of(string family) => Queries.Where(q => q.Family == family).ToArray();
}
