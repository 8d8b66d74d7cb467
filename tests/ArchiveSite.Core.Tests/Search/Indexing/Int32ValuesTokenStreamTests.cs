using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Analysis.Core;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Tests.Search.Indexing;

public class Int32ValuesTokenStreamTests
{
    // Records with several days each, some sharing days, one with none, one at the extremes.
    private static readonly int[][] Values =
    [
        [19501116, 19501117, 19501120],
        [19501118],
        [],
        [19450101, 19991231, 19501117],
        [int.MinValue + 1, int.MaxValue],
        [19501119, 19501118, 19501117, 19501116, 19501115],
    ];

    private static readonly (int? Lower, int? Upper)[] Ranges =
    [
        (19501118, 19501118), (19501117, 19501119), (null, 19450101), (19991231, null),
        (19501121, 19501130), (null, null), (int.MaxValue, int.MaxValue), (0, 19500000),
    ];

    // One stream for every record, as an indexing thread reuses its streams.
    private static readonly Int32ValuesTokenStream Stream = new();

    [Fact]
    public void ReusedStreamsIndexTheSameTermsAsOneInt32FieldPerValue()
    {
        using var reused = Index(values => [Stream.Field("n", values)]);
        using var perValue = Index(values => values.Select(v => (IIndexableField)new Int32Field("n", v, Field.Store.NO)).ToArray());

        foreach (var (lower, upper) in Ranges)
        {
            Assert.Equal(Hits(perValue, lower, upper), Hits(reused, lower, upper));
        }

        Assert.Equal([1, 5], Hits(reused, 19501118, 19501118));
        Assert.Equal([0, 1, 3, 5], Hits(reused, 19501117, 19501119));
    }

    private static DirectoryReader Index(Func<int[], IIndexableField[]> fields)
    {
        var directory = new RAMDirectory();
        using (var writer = new IndexWriter(directory, new IndexWriterConfig(LuceneVersion.LUCENE_48, new KeywordAnalyzer())))
        {
            for (var i = 0; i < Values.Length; i++)
            {
                var doc = new Document { new StoredField("i", i) };
                foreach (var field in Values[i].Length == 0 ? [] : fields(Values[i]))
                {
                    doc.Add(field);
                }

                writer.AddDocument(doc);
            }
        }

        return DirectoryReader.Open(directory);
    }

    private static int[] Hits(DirectoryReader reader, int? lower, int? upper)
    {
        var searcher = new IndexSearcher(reader);
        var query = NumericRangeQuery.NewInt32Range("n", lower, upper, true, true);
        return searcher.Search(query, 100).ScoreDocs.Select(d => searcher.Doc(d.Doc).GetField("i").GetInt32Value()!.Value).Order().ToArray();
    }
}
