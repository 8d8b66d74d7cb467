namespace ArchiveSite.Core.Tests;

/// <summary>Finds the checkout's folders from the test binaries, wherever the build put them.</summary>
internal static class RepositoryPaths
{
    public static string Root { get; } = FindRoot();

    public static string Seeds => Path.Combine(Root, "seeds");

    /// <summary>The slice of real FRUS records committed with the tests (tests/corpus/README.md).</summary>
    public static string FrusSlice => Path.Combine(Root, "tests", "corpus", "frus");

    /// <summary>The slice's volumes' lists of names (tests/corpus/README.md).</summary>
    public static string FrusPersons => Path.Combine(Root, "tests", "corpus", "frus-persons.jsonl");

    /// <summary>The slice's volumes' abbreviations and terms.</summary>
    public static string FrusTerms => Path.Combine(Root, "tests", "corpus", "frus-terms.jsonl");

    public static string Seed(string id) => id switch
    {
        "112082" => Path.Combine(Seeds, "000_cd096c47c91ecbde.txt"),
        "112079" => Path.Combine(Seeds, "001_2faefe3a7cba56ed.txt"),
        _ => throw new ArgumentOutOfRangeException(nameof(id)),
    };

    /// <summary>Copies the seeds into <paramref name="folder"/> (created if missing): a documents folder a test may change.</summary>
    public static void CopySeedsTo(string folder)
    {
        Directory.CreateDirectory(folder);
        foreach (var seed in Directory.GetFiles(Seeds))
        {
            File.Copy(seed, Path.Combine(folder, Path.GetFileName(seed)));
        }
    }

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "ArchiveSite.sln")))
            {
                return dir.FullName;
            }
        }

        throw new InvalidOperationException("ArchiveSite.sln not found above " + AppContext.BaseDirectory);
    }
}
