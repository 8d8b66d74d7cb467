namespace ArchiveSite.Core.Tests.Documents;

/// <summary>
/// Replays every input the fuzzing found (tests/fuzz/regressions/, each with its story in the
/// README there): each parses to a document or a rejection naming the file, within the time bound.
/// </summary>
public sealed class FuzzRegressionTests
{
    private static string Folder => Path.Combine(RepositoryPaths.Root, "tests", "fuzz", "regressions");

    private static IEnumerable<string> Names() =>
        Directory.GetFiles(Folder).Select(path => Path.GetFileName(path)).Where(name => name != "README.md").Order(StringComparer.Ordinal);

    public static TheoryData<string> Inputs() => [.. Names()];

    [Theory]
    [MemberData(nameof(Inputs))]
    public void TheInputParsesWithinTheBound(string name) =>
        HostileInput.ParseBytes(File.ReadAllBytes(Path.Combine(Folder, name)), name);

    [Fact]
    public void EveryRegressionIsListedInTheReadme()
    {
        var readme = File.ReadAllText(Path.Combine(Folder, "README.md"));

        Assert.NotEmpty(Names());
        Assert.All(Names(), name => Assert.Contains($"`{name}`", readme, StringComparison.Ordinal));
    }
}
