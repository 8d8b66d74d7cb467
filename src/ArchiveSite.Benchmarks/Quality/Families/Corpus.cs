using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Rendering;

namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// The records the families are drawn from, in id order (so a family does not depend on the order
/// the files were read in), each with its plain-text body, and the inverted index of their words.
/// </summary>
internal sealed class Corpus
{
    private Corpus(IReadOnlyList<CorpusRecord> records)
    {
        Records = records;
        Words = WordIndex.Of(records);
    }

    /// <summary>The records, by id.</summary>
    public IReadOnlyList<CorpusRecord> Records { get; }

    /// <summary>Which records hold each word, and how it is capitalised.</summary>
    public WordIndex Words { get; }

    /// <summary>Reads <paramref name="documents"/>' bodies as plain text (in parallel: it is most of the cost) and indexes their words.</summary>
    public static Corpus Of(IEnumerable<ArchiveDocument> documents) =>
        new(documents
            .OrderBy(d => d.Id, StringComparer.Ordinal)
            .AsParallel().AsOrdered()
            .Select(d => new CorpusRecord(d, MarkdownRenderer.ToPlainText(d)))
            .ToArray());

    /// <summary>The record numbers in an order drawn from <paramref name="random"/> (Fisher–Yates): the order a family samples records in.</summary>
    public int[] Shuffled(Random random)
    {
        var order = Enumerable.Range(0, Records.Count).ToArray();
        random.Shuffle(order);
        return order;
    }
}
