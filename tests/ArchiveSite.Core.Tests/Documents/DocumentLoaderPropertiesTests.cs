using System.Text;
using ArchiveSite.Core.Documents;
using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>
/// One bad file never costs the rest of the corpus (issue 6): a folder of good records and any mix
/// of bad files, under any names and subfolders, loads every good record and reports every bad file
/// by name with its reason. Each case writes a fresh temporary folder and removes it.
/// </summary>
public sealed class DocumentLoaderPropertiesTests
{
    [Property(MaxTest = 40, Arbitrary = [typeof(Folders)])]
    public void EveryGoodRecordLoadsAndEveryBadFileIsReportedByName(Folder folder)
    {
        var root = Path.Combine(Path.GetTempPath(), "archivesite-hostile-" + Guid.NewGuid().ToString("N"));
        try
        {
            foreach (var file in folder.Good.Concat(folder.Bad.Select(b => b.File)))
            {
                var path = Path.Combine(root, file.Name);
                Directory.CreateDirectory(Path.GetDirectoryName(path)!);
                File.WriteAllBytes(path, file.Bytes);
            }

            var result = DocumentLoader.Load(root);

            Assert.Equal(folder.Good.Select(g => g.Id).Order(StringComparer.Ordinal), result.Documents.Select(d => d.Id).Order(StringComparer.Ordinal));
            Assert.Equal(folder.Bad.Select(b => b.File.Name).Order(StringComparer.Ordinal), result.Rejections.Select(r => r.File).Order(StringComparer.Ordinal));
            foreach (var bad in folder.Bad)
            {
                var rejection = Assert.Single(result.Rejections, r => r.File == bad.File.Name);
                Assert.StartsWith(bad.Reason, rejection.Message, StringComparison.Ordinal);
            }
        }
        finally
        {
            if (Directory.Exists(root))
            {
                Directory.Delete(root, recursive: true);
            }
        }
    }
}

/// <summary>A file to write: its path relative to the folder, its bytes, and (for a good record) its id.</summary>
public sealed record FolderFile(string Name, byte[] Bytes, string Id = "")
{
    /// <inheritdoc />
    public override string ToString() => $"{Name} ({Bytes.Length} bytes{(Id.Length > 0 ? $", id {Id}" : "")})";
}

/// <summary>A bad file and how its rejection must begin.</summary>
public sealed record BadFile(FolderFile File, string Reason)
{
    /// <inheritdoc />
    public override string ToString() => $"{File}: '{Reason}…'";
}

public sealed record Folder(IReadOnlyList<FolderFile> Good, IReadOnlyList<BadFile> Bad)
{
    /// <inheritdoc />
    public override string ToString() => $"good [{string.Join(", ", Good)}], bad [{string.Join(", ", Bad)}]";
}

public static class Folders
{
    private static readonly RecordText Valid = new();

    /// <summary>A good record's text: the plain or Markdown variant, with the source URL ending in <paramref name="id"/>.</summary>
    private static string Record(string id, bool markdown) =>
        Valid.WithUrl("https://digitalarchive.wilsoncenter.org/document/" + id).Render(markdown ? RecordFormat.Markdown : RecordFormat.PlainText);

    /// <summary>Relative names, sometimes in subfolders, all sorting before 'ÿ'.</summary>
    private static Gen<string> Stem() =>
        from folder in Gen.Elements("", "", "", "a/", "b/c/", "Ünïcode/")
        from first in Gen.Elements("abcdefghijklmnopqrstuvwxyz".ToCharArray())
        from rest in Gen.ArrayOf(Gen.Elements("abcdefghijklmnopqrstuvwxyz0123456789-_ ".ToCharArray())).Resize(8)
        select folder + first + new string(rest).TrimEnd();

    /// <summary>
    /// Each kind of bad file, with the start of the rejection it must get. A duplicate's name starts
    /// with 'ÿ' so that it sorts after the record whose id it repeats, which is then the one served.
    /// </summary>
    private static Gen<BadFile> Bad(IReadOnlyList<FolderFile> good, string name, int position)
    {
        var text = Record("bad", markdown: position % 2 == 0);
        var bytes = Encoding.UTF8.GetBytes(text);
        var at = position % bytes.Length;
        var kinds = new List<BadFile>
        {
            new(new(name + ".txt", []), "the file is empty (0 bytes)"),
            new(new(name + ".md", Encoding.UTF8.GetBytes(" \n\t\r\n")), "the file is empty (no text, only white space)"),
            new(new(name + ".txt", [.. bytes[..at], 0, .. bytes[at..]]), $"the file is binary, not a text record (a NUL byte at offset {at})"),
            new(new(name + ".md", Encoding.Latin1.GetBytes(text.Replace("Stalin", "Stalín", StringComparison.Ordinal))), "the file is not valid UTF-8 text"),
            new(new(name + ".pdf", bytes), "not a record file: records end in .txt or .md, this is '.pdf'"),
            new(new(name, bytes), "not a record file: records end in .txt or .md, this is '(no extension)'"),
            new(new(name + ".txt", Encoding.UTF8.GetBytes(text.Replace("Citation:", "Citation", StringComparison.Ordinal))), "missing the required 'Citation:' heading"),
            new(new(name + ".txt", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("\"**Summary:**  ", 20_000)))), "missing the required 'Citation:' heading"),
            new(new(name + ".md", Encoding.UTF8.GetBytes(text.Replace("https://", "ftp://", StringComparison.Ordinal))), "its citation has no source URL"),
        };
        if (good.Count > 0)
        {
            var original = good[position % good.Count];
            kinds.Add(new(new("ÿ" + name + ".txt", original.Bytes), $"duplicate id '{original.Id}'"));
        }

        return Gen.Elements(kinds.ToArray());
    }

    public static Arbitrary<Folder> Folder() =>
        (from goodCount in Gen.Choose(1, 6)
         from goodStems in Gen.ListOf(Stem(), goodCount)
         from badCount in Gen.Choose(0, 6)
         from badStems in Gen.ListOf(Stem(), badCount)
         from markdown in Gen.ListOf(ArbMap.Default.GeneratorFor<bool>(), goodCount)
         let good = goodStems.Select((stem, i) => new FolderFile($"{stem}-good{i}.{(markdown[i] ? "md" : "txt")}", Encoding.UTF8.GetBytes(Record($"good-{i}", markdown[i])), $"good-{i}")).ToArray()
         from bad in Gen.CollectToArray(badStems.Select((stem, i) => from position in Gen.Choose(0, int.MaxValue) from file in Bad(good, $"{stem}-bad{i}", position) select file))
         select new Folder(good, bad)).ToArbitrary();
}
