using System.Globalization;
using ArchiveSite.Core.Search.Indexing;

namespace ArchiveSite.Benchmarks.Quality.Tuning;

/// <summary>The values the tuning tries for each of <see cref="Ranking"/>'s parameters, one parameter at a time.</summary>
internal static class RankingSpace
{
    /// <summary>One parameter: its name, the values tried, how a value is set and shown.</summary>
    internal sealed record Parameter(string Name, float[] Values, Func<Ranking, float, Ranking> With, Func<Ranking, float> Get)
    {
        public string Show(Ranking ranking) => Get(ranking).ToString("0.##", CultureInfo.InvariantCulture);
    }

    /// <summary>Every parameter, in the order they are climbed.</summary>
    public static readonly Parameter[] Parameters =
    [
        Weight(IndexSchema.Title, [0f, 0.5f, 1f, 1.5f, 2f, 3f, 4f, 6f]),
        Weight(IndexSchema.Summary, [0.5f, 1f, 1.5f, 2f, 3f]),
        Weight(IndexSchema.Body, [0.5f, 1f, 1.5f]),
        Weight(IndexSchema.Citation, [0.5f, 1f, 1.5f, 2f, 3f]),
        new("k1", [0.9f, 1.2f, 1.6f, 2f, 2.5f, 3f, 4f, 5f, 6f, 8f], (r, v) => r with { K1 = v }, r => r.K1),
        new("b", [0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.75f, 0.9f], (r, v) => r with { B = v }, r => r.B),
        new("whole-slop", [4f, 10f, 20f, 40f], (r, v) => r with { WholeSlop = (int)v }, r => r.WholeSlop),
        new("whole-boost", [1f, 1.5f, 2f, 3f, 4f, 8f, 12f, 16f], (r, v) => r with { WholeBoost = v }, r => r.WholeBoost),
        new("pair-slop", [0f, 1f, 2f], (r, v) => r with { PairSlop = (int)v }, r => r.PairSlop),
        new("pair-boost", [0f, 0.5f, 1f, 2f], (r, v) => r with { PairBoost = v }, r => r.PairBoost),
        Proximity(IndexSchema.Title, [0f, 0.5f, 1f]),
        Proximity(IndexSchema.Summary, [0f, 0.5f, 1f]),
        Proximity(IndexSchema.Citation, [0f, 0.5f, 1f]),
        new("typed-name", [0f, 0.5f, 1f, 2f], (r, v) => r with { TypedNameBoost = v }, r => r.TypedNameBoost),
        new("field-tie", [0f, 0.05f, 0.1f, 0.2f, 0.3f, 0.5f, 1f], (r, v) => r with { FieldTie = v }, r => r.FieldTie),
        new("blend-idf", [0f, 1f], (r, v) => r with { BlendIdf = v > 0 }, r => r.BlendIdf ? 1 : 0),
    ];

    /// <summary>Every parameter's value, for the log.</summary>
    public static string Describe(Ranking ranking) => string.Join(' ', Parameters.Select(p => $"{p.Name}={p.Show(ranking)}"));

    private static Parameter Weight(string field, float[] values) =>
        new($"weight.{field}", values, (r, v) => r with { FieldWeights = Set(r.FieldWeights, field, v) }, r => r.FieldWeights.GetValueOrDefault(field));

    private static Parameter Proximity(string field, float[] values) =>
        new($"proximity.{field}", values, (r, v) => r with { ProximityFields = Set(r.ProximityFields, field, v) }, r => r.ProximityFields.GetValueOrDefault(field));

    /// <summary>A copy of <paramref name="weights"/> with <paramref name="field"/> at <paramref name="value"/>.</summary>
    private static Dictionary<string, float> Set(IReadOnlyDictionary<string, float> weights, string field, float value)
    {
        var copy = weights.ToDictionary(kv => kv.Key, kv => kv.Value);
        copy[field] = value;
        return copy;
    }
}
