using ArchiveSite.Benchmarks.Quality.Families;
using ArchiveSite.Core.Tests.Search;

namespace ArchiveSite.Core.Tests.Search.Quality;

public sealed class RunOccurrencesTests
{
    [Fact]
    public void EachCandidateIsCountedOncePerRecordThatHoldsItInOneField()
    {
        CorpusRecord[] records =
        [
            Record("a", "one two three. One two three again, one two three"),
            Record("b", "x one two three y"),
            Record("c", "one two four three"),
            // In two fields but not in one: title "one two", body "three".
            Record("d", "three", title: "one two"),
        ];
        IReadOnlyList<string>[] candidates = [["one", "two", "three"], ["two", "three", "again"], ["three", "four", "five"]];

        Assert.Equal([2, 1, 0], RunOccurrences.RecordsContaining(records, candidates));
    }

    [Fact]
    public void TheRollingHashEqualsTheHashOfEachWindow()
    {
        var hashes = new[] { "a", "b", "c", "d", "e" }.Select(RunOccurrences.WordHash).ToArray();
        var rolled = RunOccurrences.WindowHash(hashes, 0, 3);
        rolled = ((rolled - (hashes[0] * 1_000_003UL * 1_000_003UL)) * 1_000_003UL) + hashes[3];

        Assert.Equal(RunOccurrences.WindowHash(hashes, 1, 3), rolled);
    }

    private static CorpusRecord Record(string name, string body, string title = "Title") =>
        new(TestArchive.Parse($"{name}.txt", title, "March 9, 1948", $"https://example.org/document/{name}", "Test Files", "Summary.", body), body);
}
