using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Store;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Tests.Search.Indexing;

/// <summary>
/// The streamed build (a batch of files at a time, letters indexed after reply inference) writes
/// the same index as building from every record held in memory: the same records, stored values,
/// terms and their positions, term vectors, norms, doc values and reply links; it hands the version
/// store every served record in path order and reports the same notices.
/// </summary>
public sealed class IndexRebuildTests : IDisposable
{
    private readonly string _root = Path.Combine(Path.GetTempPath(), "archivesite-rebuild-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (System.IO.Directory.Exists(_root))
        {
            System.IO.Directory.Delete(_root, recursive: true);
        }
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(37)]
    public void AStreamedBuildOfTheFrusSliceWritesTheSameIndexAsOneFromEveryRecordInMemory(int batchSize)
    {
        var names = NameAuthority.Default;
        var load = DocumentLoader.Load(RepositoryPaths.FrusSlice);
        using var expected = ArchiveIndex.Build(load.Documents, null, names);
        var (streamed, update, recorded) = Rebuild(RepositoryPaths.FrusSlice, names, batchSize);
        using (streamed)
        {
            using var expectedReader = DirectoryReader.Open(expected.Directory);
            using var streamedReader = DirectoryReader.Open(streamed);
            Assert.Equal(load.Documents.Count, streamedReader.NumDocs);
            Assert.Equal(0, streamedReader.NumDeletedDocs); // deleted records would still count in every term's statistics
            Assert.Equal(Describe(expectedReader), Describe(streamedReader));
            Assert.True(Terms(streamedReader, IndexSchema.InReplyTo) > 10, "the slice's letters and answers are linked");
        }

        Assert.Equal(load.Documents.Select(d => d.Id), recorded.Select(d => d.Id));
        Assert.Equal(load.Documents.Count, update.Indexed);
        Assert.Equal(load.Rejections, update.Rejections);
        Assert.Equal(load.Warnings, update.Warnings);
    }

    [Fact]
    public void RejectedAndDuplicateFilesGetTheNoticesALoadGives()
    {
        var folder = Path.Combine(_root, "docs");
        System.IO.Directory.CreateDirectory(folder);
        foreach (var seed in System.IO.Directory.GetFiles(RepositoryPaths.Seeds))
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
            File.Copy(seed, Path.Combine(folder, "z-copy-" + Path.GetFileName(seed)));
        }

        File.WriteAllText(Path.Combine(folder, "empty.txt"), "");
        File.WriteAllText(Path.Combine(folder, "picture.png"), "not a record");
        var load = DocumentLoader.Load(folder);

        var (index, update, recorded) = Rebuild(folder, NameAuthority.Default, batchSize: 1);
        index.Dispose();

        Assert.NotEmpty(load.Rejections);
        Assert.Equal(load.Rejections, update.Rejections);
        Assert.Equal(load.Warnings, update.Warnings);
        Assert.Equal(load.Documents.Select(d => d.SourceFile), update.Served.Select(f => f.Path));
        Assert.Equal(load.Documents.Select(d => d.SourceFile), recorded.Select(d => d.SourceFile));
    }

    [Fact]
    public void AVersionStoreThatFailsFailsTheBuild()
    {
        var folder = Path.Combine(_root, "index");
        System.IO.Directory.CreateDirectory(folder);
        using var directory = FSDirectory.Open(folder);
        var files = DocumentLoader.Scan(RepositoryPaths.FrusSlice);
        var failure = Assert.Throws<InvalidOperationException>(() => IndexRebuild.Run(directory, folder, files, NameAuthority.Default, "test",
            documents => throw new InvalidOperationException("disk full"), null, CancellationToken.None, batchSize: 10));
        Assert.Equal("disk full", failure.Message);
    }

    /// <summary>Rebuilds an index of <paramref name="documents"/> in a new folder; returns it with the update and the records the version store was given.</summary>
    private (FSDirectory Index, IndexUpdate Update, List<ArchiveDocument> Recorded) Rebuild(string documents, NameAuthority names, int batchSize)
    {
        var folder = Path.Combine(_root, "index-" + Guid.NewGuid().ToString("N"));
        System.IO.Directory.CreateDirectory(folder);
        var directory = FSDirectory.Open(folder);
        var recorded = new List<ArchiveDocument>();
        var update = IndexRebuild.Run(directory, folder, DocumentLoader.Scan(documents), names, "test", recorded.AddRange, null, CancellationToken.None, batchSize);
        return (directory, update, recorded);
    }

    private static int Terms(IndexReader reader, string field)
    {
        var count = 0;
        var terms = MultiFields.GetTerms(reader, field)?.GetEnumerator();
        while (terms?.MoveNext() == true)
        {
            count++;
        }

        return count;
    }

    /// <summary>
    /// Everything the index holds, by record id rather than by Lucene's document number (which
    /// differs between builds): one line per stored field, term posting, term vector term, norm and
    /// doc value, sorted.
    /// </summary>
    private static List<string> Describe(IndexReader reader)
    {
        var lines = new List<string>();
        var ids = new string[reader.MaxDoc];
        for (var doc = 0; doc < reader.MaxDoc; doc++)
        {
            var stored = reader.Document(doc);
            ids[doc] = stored.Get(IndexSchema.Id);
            var order = 0;
            foreach (var field in stored.Fields)
            {
                lines.Add($"{ids[doc]} stored {order++} {field.Name} {field.GetStringValue() ?? field.GetBinaryValue()?.Utf8ToString()}");
            }

            var vectors = reader.GetTermVectors(doc);
            foreach (var field in vectors ?? Enumerable.Empty<string>())
            {
                var terms = vectors!.GetTerms(field).GetEnumerator();
                while (terms.MoveNext())
                {
                    lines.Add($"{ids[doc]} vector {field} {terms.Term.Utf8ToString()} {terms.TotalTermFreq}");
                }
            }
        }

        var fields = MultiFields.GetFields(reader);
        foreach (var field in fields)
        {
            var terms = fields.GetTerms(field).GetEnumerator();
            while (terms.MoveNext())
            {
                var term = terms.Term.Utf8ToString();
                lines.Add($"term {field} {term} {terms.DocFreq} {terms.TotalTermFreq}");
                var positions = terms.DocsAndPositions(null, null);
                if (positions is null)
                {
                    var docs = terms.Docs(null, null);
                    while (docs.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                    {
                        lines.Add($"posting {field} {term} {ids[docs.DocID]} {docs.Freq}");
                    }

                    continue;
                }

                while (positions.NextDoc() != DocIdSetIterator.NO_MORE_DOCS)
                {
                    var at = Enumerable.Range(0, positions.Freq).Select(_ => $"{positions.NextPosition()}:{positions.StartOffset}-{positions.EndOffset}");
                    lines.Add($"posting {field} {term} {ids[positions.DocID]} {string.Join(',', at)}");
                }
            }
        }

        foreach (var info in MultiFields.GetMergedFieldInfos(reader))
        {
            var norms = info.HasNorms ? MultiDocValues.GetNormValues(reader, info.Name) : null;
            var numeric = info.DocValuesType == DocValuesType.NUMERIC ? MultiDocValues.GetNumericValues(reader, info.Name) : null;
            var sorted = info.DocValuesType == DocValuesType.SORTED ? MultiDocValues.GetSortedValues(reader, info.Name) : null;
            var set = info.DocValuesType == DocValuesType.SORTED_SET ? MultiDocValues.GetSortedSetValues(reader, info.Name) : null;
            var withValue = info.DocValuesType == DocValuesType.NONE ? null : MultiDocValues.GetDocsWithField(reader, info.Name);
            for (var doc = 0; doc < reader.MaxDoc; doc++)
            {
                if (norms is not null)
                {
                    lines.Add($"{ids[doc]} norm {info.Name} {norms.Get(doc)}");
                }

                if (withValue?.Get(doc) != true)
                {
                    continue;
                }

                if (numeric is not null)
                {
                    lines.Add($"{ids[doc]} numeric {info.Name} {numeric.Get(doc)}");
                }

                if (sorted is not null)
                {
                    var value = new BytesRef();
                    sorted.Get(doc, value);
                    lines.Add($"{ids[doc]} sorted {info.Name} {value.Utf8ToString()}");
                }

                if (set is not null)
                {
                    set.SetDocument(doc);
                    for (var ord = set.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = set.NextOrd())
                    {
                        var value = new BytesRef();
                        set.LookupOrd(ord, value);
                        lines.Add($"{ids[doc]} set {info.Name} {value.Utf8ToString()}");
                    }
                }
            }
        }

        lines.Sort(StringComparer.Ordinal);
        return lines;
    }
}
