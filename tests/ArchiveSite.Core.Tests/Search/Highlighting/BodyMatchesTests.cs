using ArchiveSite.Core.Names;
using ArchiveSite.Core.Rendering;
using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Tests.Search.Highlighting;

/// <summary>
/// A snippet's matches read from the body's postings (offsets kept there) are exactly those the
/// analysis of the body's text finds, on real FRUS records: every word form, stop words in
/// phrases, names in every spelling, wildcards expanded.
/// </summary>
[Trait("Corpus", "FRUS")]
public sealed class BodyMatchesTests(CorpusFixture corpus) : IClassFixture<CorpusFixture>
{
    [Fact]
    public void PostingsOffsetsGiveTheMatchesAnalysisGives()
    {
        using var index = ArchiveIndex.Build(corpus.Result.Documents, indexPath: null, NameAuthority.Default);
        var searcher = new ArchiveSearcher(index);
        var documents = corpus.Result.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var reader = index.Searchers.Acquire();
        try
        {
            foreach (var query in (string[])["nuclear test ban negotiations", "\"the Secretary of State\"", "Khrushchev Berlin", "disarm* OR treaty", "d'Affaires"])
            {
                Compare(searcher, reader, documents, query);
            }
        }
        finally
        {
            index.Searchers.Release(reader);
        }
    }

    /// <summary>
    /// What none of Lucene's highlighters does (docs/highlighting.md): a person the query named in one
    /// spelling is marked where a record writes another. "Filippov" was Stalin's pseudonym in cables;
    /// a record that writes only "Stalin" has no term of the query, yet its snippet marks him.
    /// </summary>
    [Fact]
    public void APersonIsMarkedInSpellingsTheQueryDidNotWrite()
    {
        using var index = ArchiveIndex.Build(corpus.Result.Documents, indexPath: null, NameAuthority.Default);
        var searcher = new ArchiveSearcher(index);
        var matcher = searcher.Matcher("Filippov", out var error)!;
        Assert.Null(error);
        Assert.DoesNotContain(matcher.Terms, term => term.Contains("stalin", StringComparison.Ordinal));

        var reader = index.Searchers.Acquire();
        try
        {
            var marked = new List<string>();
            foreach (var hit in reader.Search(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Body, "stalin")), reader.IndexReader.MaxDoc).ScoreDocs)
            {
                var body = reader.Doc(hit.Doc).Get(IndexSchema.Plain);
                marked.AddRange(matcher.FindBodyMatches(reader.IndexReader, hit.Doc, body).Select(m => body[m.Start..m.End]));
            }

            Assert.Contains(marked, text => text.EndsWith("Stalin", StringComparison.Ordinal));
        }
        finally
        {
            index.Searchers.Release(reader);
        }
    }

    /// <summary>
    /// Postings whose offsets do not fit the stored text (what flipped bytes in a terms file did in
    /// the fault run: a 500 from a snippet cut out of range) are damage, answered with a 503, not an
    /// exception of the snippet's.
    /// </summary>
    [Fact]
    public void OffsetsOutsideTheStoredTextAreIndexDamage()
    {
        using var index = ArchiveIndex.Build(corpus.Result.Documents, indexPath: null, NameAuthority.Default);
        var matcher = new ArchiveSearcher(index).Matcher("nuclear", out _)!;
        var reader = index.Searchers.Acquire();
        try
        {
            var hit = reader.Search(new TermQuery(new Lucene.Net.Index.Term(IndexSchema.Body, "nuclear")), 1).ScoreDocs.Single();
            var body = reader.Doc(hit.Doc).Get(IndexSchema.Plain);
            var last = matcher.FindBodyMatches(reader.IndexReader, hit.Doc, body).Max(m => m.End);

            // The stored text as a damaged store would give it: shorter than the postings say.
            var damage = Assert.Throws<IndexDamagedException>(() => matcher.FindBodyMatches(reader.IndexReader, hit.Doc, body[..(last - 1)]));
            Assert.True(IndexDamage.IsDamage(damage));
            Assert.Contains("fall outside", damage.Fault.Problem, StringComparison.Ordinal);
        }
        finally
        {
            index.Searchers.Release(reader);
        }
    }

    private static void Compare(ArchiveSearcher searcher, IndexSearcher reader, Dictionary<string, ArchiveSite.Core.Documents.ArchiveDocument> documents, string query)
    {
        var matcher = searcher.Matcher(query, out var error)!;
        Assert.Null(error);
        var compared = 0;
        foreach (var hit in reader.Search(new MatchAllDocsQuery(), reader.IndexReader.MaxDoc).ScoreDocs)
        {
            var id = reader.Doc(hit.Doc).Get(IndexSchema.Id);
            var body = MarkdownRenderer.ToPlainText(documents[id]);
            var fromPostings = matcher.FindBodyMatches(reader.IndexReader, hit.Doc, body).Distinct().Order().ToArray();
            var fromAnalysis = matcher.FindMatches(body).Distinct().Order().ToArray();
            Assert.True(fromAnalysis.SequenceEqual(fromPostings), $"{query}: record {id}: analysis {fromAnalysis.Length} matches, postings {fromPostings.Length}");
            compared += fromAnalysis.Length > 0 ? 1 : 0;
        }

        Assert.True(compared > 0, $"no record of the slice matches {query}");
    }
}
