using Lucene.Net.Search.Similarities;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// How results are ordered by relevance, every weight in one record: the schema's scoring half.
/// <see cref="Default"/> is what the site serves; its values were chosen on the relevance harness
/// (<c>tests/quality/</c>, docs/search-quality.md), which can try others without rebuilding the
/// index: BM25's parameters act at search time, and the norms it reads are written the same way
/// for any of them.
/// </summary>
/// <param name="K1">BM25's saturation of a word's count in a field.</param>
/// <param name="B">BM25's weight of a field's length against the average.</param>
/// <param name="FieldWeights">The fields a query's words search when no prefix names one, with their boosts.</param>
/// <param name="WholeSlop">How far apart the whole query's words may stand and still earn the proximity bonus.</param>
/// <param name="WholeBoost">The whole query's phrase bonus.</param>
/// <param name="PairSlop">How far apart two neighbouring words may stand for the pair's bonus.</param>
/// <param name="PairBoost">Each neighbouring pair's bonus.</param>
/// <param name="ProximityFields">The fields proximity is looked for in, with the weight each adds.</param>
/// <param name="TypedNameBoost">How much a name as the researcher typed it counts above the person's other spellings.</param>
/// <param name="FieldTie">How much a word's other fields add to its best one in a record (1: all of each; <see cref="Querying.FieldDisjunction"/>).</param>
/// <param name="BlendIdf">Whether a word weighs as rare in every field as in its commonest (<see cref="Querying.BlendedIdf"/>).</param>
internal sealed record Ranking(
    float K1,
    float B,
    IReadOnlyDictionary<string, float> FieldWeights,
    int WholeSlop,
    float WholeBoost,
    int PairSlop,
    float PairBoost,
    IReadOnlyDictionary<string, float> ProximityFields,
    float TypedNameBoost,
    bool BlendIdf = false,
    float FieldTie = 1f)
{
    /// <summary>The ranking the site serves.</summary>
    public static Ranking Default { get; } = new(
        K1: 5f,
        B: 0.3f,
        FieldWeights: new Dictionary<string, float>
        {
            [IndexSchema.Title] = 0f,
            [IndexSchema.Summary] = 1f,
            [IndexSchema.Body] = 1.5f,
            [IndexSchema.Citation] = 3f,
            [IndexSchema.Reference] = 1f,
        },
        WholeSlop: 40,
        WholeBoost: 2f,
        PairSlop: 1,
        PairBoost: 0.5f,
        ProximityFields: new Dictionary<string, float>
        {
            [IndexSchema.Body] = 1f,
            [IndexSchema.Summary] = 1f,
            [IndexSchema.Citation] = 1f,
        },
        TypedNameBoost: 1f,
        BlendIdf: true,
        FieldTie: 0f);

    /// <summary>BM25 with this ranking's parameters, for the searcher (the index's norms are the same for any).</summary>
    public Similarity Similarity() => new BM25Similarity(K1, B);
}
