using ArchiveSite.Core.Versions;

namespace ArchiveSite.Core.Tests.Versions;

public sealed class WordDiffTests
{
    private static string Side(IEnumerable<DiffSegment> segments, DiffKind left) =>
        string.Concat(segments.Where(s => s.Kind == DiffKind.Same || s.Kind == left).Select(s => s.Text));

    [Fact]
    public void ACorrectedWordIsOneWordRemovedAndOneAdded()
    {
        var diff = WordDiff.Compute("message form Kim Il Sung to Stalin", "message from Kim Il Sung to Stalin");

        Assert.Equal(
            [new(DiffKind.Same, "message "), new(DiffKind.Removed, "form"), new(DiffKind.Added, "from"), new(DiffKind.Same, " Kim Il Sung to Stalin")],
            diff);
    }

    [Fact]
    public void IdenticalTextsAreOneSameSegment()
    {
        Assert.Equal([new DiffSegment(DiffKind.Same, "No. 4/7556\n20 November 1950")], WordDiff.Compute("No. 4/7556\n20 November 1950", "No. 4/7556\n20 November 1950"));
        Assert.Empty(WordDiff.Compute("", ""));
    }

    [Fact]
    public void AddedAndRemovedParagraphsKeepTheirLineBreaks()
    {
        const string older = "First.\n\nSecond paragraph.\n\nThird.";
        const string newer = "First.\n\nThird.\n\nA new fourth.";

        var diff = WordDiff.Compute(older, newer);

        Assert.Equal(older, Side(diff, DiffKind.Removed));
        Assert.Equal(newer, Side(diff, DiffKind.Added));
        Assert.Contains(new DiffSegment(DiffKind.Removed, "Second paragraph.\n\n"), diff);
    }

    [Fact]
    public void RandomRevisionsReconstructBothSidesWithAShortestScript()
    {
        var random = new Random(1950);
        string[] words = ["pilot", "Stalin", "Kim", "regiment", "MIG-15", "Manchuria", "school", "the", "of", "and"];
        for (var round = 0; round < 300; round++)
        {
            var a = Enumerable.Range(0, random.Next(0, 25)).Select(_ => words[random.Next(words.Length)]).ToList();
            var b = a.ToList();
            for (var edit = random.Next(0, 8); edit > 0; edit--)
            {
                var at = random.Next(b.Count + 1);
                if (random.Next(2) == 0 || b.Count == 0)
                {
                    b.Insert(at, words[random.Next(words.Length)]);
                }
                else
                {
                    b.RemoveAt(Math.Min(at, b.Count - 1));
                }
            }

            var older = string.Join(' ', a);
            var newer = string.Join(' ', b);
            var diff = WordDiff.Compute(older, newer);

            Assert.Equal(older, Side(diff, DiffKind.Removed));
            Assert.Equal(newer, Side(diff, DiffKind.Added));
            // Shortest: the words and spaces kept are a longest common subsequence of them.
            var kept = diff.Where(s => s.Kind == DiffKind.Same).Sum(s => Tokens(s.Text).Count);
            Assert.Equal(LongestCommonSubsequence(Tokens(older), Tokens(newer)), kept);
        }
    }

    [Fact]
    public void ARewrittenTextBeyondTheEditLimitIsStillExact()
    {
        var older = string.Join(' ', Enumerable.Range(0, WordDiff.MaxEdits).Select(i => $"a{i}"));
        var newer = string.Join(' ', Enumerable.Range(0, WordDiff.MaxEdits).Select(i => $"b{i}"));

        var diff = WordDiff.Compute("Same start. " + older + " same end.", "Same start. " + newer + " same end.");

        Assert.Equal("Same start. " + older + " same end.", Side(diff, DiffKind.Removed));
        Assert.Equal("Same start. " + newer + " same end.", Side(diff, DiffKind.Added));
        Assert.Equal(DiffKind.Same, diff[0].Kind);
        Assert.Equal(DiffKind.Same, diff[^1].Kind);
    }

    private static List<string> Tokens(string text) =>
        System.Text.RegularExpressions.Regex.Matches(text, @"\S+|\s+").Select(m => m.Value).ToList();

    private static int LongestCommonSubsequence(List<string> a, List<string> b)
    {
        var table = new int[a.Count + 1, b.Count + 1];
        for (var i = 1; i <= a.Count; i++)
        {
            for (var j = 1; j <= b.Count; j++)
            {
                table[i, j] = a[i - 1] == b[j - 1] ? table[i - 1, j - 1] + 1 : Math.Max(table[i - 1, j], table[i, j - 1]);
            }
        }

        return table[a.Count, b.Count];
    }
}
