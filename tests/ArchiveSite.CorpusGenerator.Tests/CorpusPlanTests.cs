using ArchiveSite.Core.Documents;

namespace ArchiveSite.CorpusGenerator.Tests;

/// <summary>
/// 500 records from 42 real ones, written and loaded back as the site loads them: the seeds and 40
/// FRUS records (<see cref="SmallSources"/>), of the committed slice or of the whole corpus.
/// </summary>
[Trait("Corpus", "FRUS")]
public sealed class CorpusPlanTests : IDisposable
{
    private const int Count = 500;
    private const int Seed = 1950;

    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archivesite-generator-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_folder))
        {
            Directory.Delete(_folder, recursive: true);
        }
    }

    private static IReadOnlyList<SourceRecord> Sources => SmallSources.Records;

    [Fact]
    public void The_small_source_set_is_the_seeds_and_forty_FRUS_records()
    {
        Assert.Equal(SmallSources.FrusRecords + 2, Sources.Count);
        Assert.Contains(Sources, s => s.RelativePath == "000_cd096c47c91ecbde.txt");
        Assert.All(Sources, s => Assert.DoesNotContain("full/", s.RelativePath, StringComparison.Ordinal));
        Assert.Equal(Sources.Count, new CorpusPlan(Sources, Seed).BaseCount);
    }

    [Fact]
    public void Every_generated_record_loads_without_rejection_with_a_unique_id_and_the_count_is_honoured()
    {
        var plan = new CorpusPlan(Sources, Seed);
        var bytes = CorpusWriter.Write(plan, Count, _folder);

        var files = Directory.GetFiles(_folder, "*", SearchOption.AllDirectories);
        Assert.Equal(Count, files.Length);
        Assert.Equal(files.Sum(f => new FileInfo(f).Length), bytes);

        var loaded = DocumentLoader.Load(_folder);
        Assert.Empty(loaded.Rejections);
        Assert.Equal(Count, loaded.Documents.Count);
        Assert.Equal(Count, loaded.Documents.Select(d => d.Id).Distinct(StringComparer.OrdinalIgnoreCase).Count());

        // Only a source's own warnings may recur (an unreadable date stays unreadable); generation adds none.
        Assert.All(loaded.Warnings, w => Assert.StartsWith("the citation", w.Message, StringComparison.Ordinal));

        var generated = loaded.Documents.Where(d => d.SourceFile.StartsWith("generated/", StringComparison.Ordinal)).ToArray();
        Assert.Equal(Count - Sources.Count, generated.Length);
        Assert.All(generated, d => Assert.Matches(@"^frusgen1950v000-d\d+$", d.Id));
        Assert.All(generated, d => Assert.Equal(d.Id + Path.GetExtension(d.SourceFile), Path.GetFileName(d.SourceFile)));
    }

    [Fact]
    public void The_first_records_are_byte_identical_copies_of_the_sources_in_path_order()
    {
        var plan = new CorpusPlan(Sources, Seed);
        CorpusWriter.Write(plan, Count, _folder);

        foreach (var source in Sources)
        {
            Assert.Equal(source.Bytes, File.ReadAllBytes(Path.Combine(_folder, source.RelativePath)));
        }

        var seed = Sources.Single(s => s.RelativePath == "001_2faefe3a7cba56ed.txt");
        Assert.Equal(File.ReadAllBytes(Path.Combine(Core.Tests.RepositoryPaths.Seeds, seed.RelativePath)), seed.Bytes);
    }

    [Fact]
    public void A_count_below_the_sources_copies_only_that_many()
    {
        var plan = new CorpusPlan(Sources, Seed);
        CorpusWriter.Write(plan, 5, _folder);

        var written = Directory.GetFiles(_folder, "*", SearchOption.AllDirectories)
            .Select(f => Path.GetRelativePath(_folder, f).Replace('\\', '/')).Order(StringComparer.Ordinal);
        Assert.Equal(Sources.Take(5).Select(s => s.RelativePath), written);
    }

    [Fact]
    public void The_same_seed_gives_the_same_bytes_and_another_seed_other_bytes()
    {
        var first = new CorpusPlan(Sources, Seed).CreateRange(Sources.Count, 100).ToArray();
        var again = new CorpusPlan(Sources, Seed).CreateRange(Sources.Count, 100).ToArray();
        var other = new CorpusPlan(Sources, 1951).CreateRange(Sources.Count, 100).ToArray();

        Assert.Equal(first.Select(r => r.RelativePath), again.Select(r => r.RelativePath));
        Assert.All(first.Zip(again), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
        Assert.Contains(first.Zip(other), pair => !pair.First.Bytes.AsSpan().SequenceEqual(pair.Second.Bytes));
    }

    [Fact]
    public void Writing_refuses_a_folder_that_is_not_empty()
    {
        Directory.CreateDirectory(_folder);
        File.WriteAllText(Path.Combine(_folder, "keep.txt"), "x");

        Assert.Throws<IOException>(() => CorpusWriter.Write(new CorpusPlan(Sources, Seed), 1, _folder));
    }

    [Fact]
    public void Generated_dates_keep_the_precision_of_their_base_and_bodies_mix_two_records()
    {
        var plan = new CorpusPlan(Sources, Seed);
        var bases = Sources.Select(BaseRecord.From).OfType<BaseRecord>().ToArray();
        var precisions = bases.Select(b => b.Document.Date?.Precision).ToHashSet();

        var generated = plan.CreateRange(Sources.Count, 200)
            .Select(r => DocumentLoader.ParseBytes(r.Bytes, r.RelativePath).Document!)
            .ToArray();

        Assert.All(generated, d => Assert.Contains(d.Date?.Precision, precisions));
        Assert.All(generated, d => Assert.False(string.IsNullOrWhiteSpace(d.Body)));

        // Recombination, not copies: most bodies are no source's body.
        var sourceBodies = bases.Select(b => b.Document.Body).ToHashSet(StringComparer.Ordinal);
        Assert.True(generated.Count(d => !sourceBodies.Contains(d.Body)) > generated.Length / 2);
    }

    [Fact]
    public void Record_seeds_are_stable_across_runs()
    {
        // Pinned: a change here changes every generated corpus.
        Assert.Equal(-972810273, CorpusPlan.RecordSeed(1950, 22029));
        Assert.NotEqual(CorpusPlan.RecordSeed(1950, 22029), CorpusPlan.RecordSeed(1950, 22030));
        Assert.NotEqual(CorpusPlan.RecordSeed(1950, 22029), CorpusPlan.RecordSeed(1951, 22029));
    }
}
