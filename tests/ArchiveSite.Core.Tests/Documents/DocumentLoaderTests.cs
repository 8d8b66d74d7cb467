using System.Globalization;
using System.Text;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>The loader over a fresh temporary folder per test, removed afterwards.</summary>
public sealed class DocumentLoaderTests : IDisposable
{
    private readonly string _folder = Path.Combine(Path.GetTempPath(), "archivesite-loader-" + Guid.NewGuid().ToString("N"));

    public DocumentLoaderTests() => Directory.CreateDirectory(_folder);

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private static readonly RecordText Valid = new();

    /// <summary>A valid plain-text record whose source URL ends in <paramref name="id"/>.</summary>
    private static string Record(string id) => Valid.WithUrl("https://digitalarchive.wilsoncenter.org/document/" + id).Plain;

    private string Write(string relative, string text) => WriteBytes(relative, Encoding.UTF8.GetBytes(text));

    private string WriteBytes(string relative, byte[] bytes)
    {
        var path = Path.Combine(_folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    /// <summary>Loads the folder, expecting exactly one rejection and no document.</summary>
    private RecordNotice LoadOnlyRejection()
    {
        var result = DocumentLoader.Load(_folder);
        Assert.Empty(result.Documents);
        return Assert.Single(result.Rejections);
    }

    /// <summary>Loads the folder, expecting no rejection, and gives the documents.</summary>
    private IReadOnlyList<ArchiveDocument> LoadWithoutRejections()
    {
        var result = DocumentLoader.Load(_folder);
        Assert.Empty(result.Rejections);
        return result.Documents;
    }

    [Fact]
    public void AFolderWhoseNameHoldsABackslashIsReadWhereItIs()
    {
        // On Linux '\' is a character of a name, not a separator: the listing names the file with
        // it, and the full path joined again from that name is the file's own.
        Write(Path.Combine("a\\b", "rec.txt"), Record("112082"));

        var file = Assert.Single(DocumentLoader.Scan(_folder));
        Assert.Equal(OperatingSystem.IsWindows() ? "a/b/rec.txt" : "a\\b/rec.txt", file.Relative);
        Assert.True(File.Exists(file.Path));
        Assert.Equal("112082", Assert.Single(LoadWithoutRejections()).Id);
    }

    [Fact]
    public void AValidRecordIsLoadedUnderItsRelativeName()
    {
        Write("rec.txt", Record("112082"));

        var result = DocumentLoader.Load(_folder);

        var doc = Assert.Single(result.Documents);
        Assert.Equal("112082", doc.Id);
        Assert.Equal("rec.txt", doc.SourceFile);
        Assert.Empty(result.Rejections);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void ABinaryFileIsRejectedAtItsFirstNulByte()
    {
        WriteBytes("scan.txt", [0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x00]);

        Assert.Equal(new RecordNotice("scan.txt", "the file is binary, not a text record (a NUL byte at offset 4)"), LoadOnlyRejection());
    }

    [Fact]
    public void AFileThatIsNotUtf8IsRejectedAtItsFirstInvalidByte()
    {
        var bytes = Encoding.Latin1.GetBytes(Record("112082").Replace("Stalin", "Stalín", StringComparison.Ordinal));
        var invalid = Array.IndexOf(bytes, (byte)0xED);
        WriteBytes("latin1.txt", bytes);

        Assert.Equal(new RecordNotice("latin1.txt", $"the file is not valid UTF-8 text (an invalid byte at offset {invalid})"), LoadOnlyRejection());
    }

    [Fact]
    public void AZeroByteFileIsRejectedAsEmpty()
    {
        WriteBytes("empty.md", []);

        Assert.Equal(new RecordNotice("empty.md", "the file is empty (0 bytes)"), LoadOnlyRejection());
    }

    [Fact]
    public void AFileOfOnlyWhiteSpaceIsRejectedAsEmpty()
    {
        Write("blank.txt", "\n  \n\t\n");

        Assert.Equal(new RecordNotice("blank.txt", "the file is empty (no text, only white space)"), LoadOnlyRejection());
    }

    [Theory]
    [InlineData("notes.pdf", "'.pdf'")]
    [InlineData("record.txt.bak", "'.bak'")]
    [InlineData("README", "'(no extension)'")]
    public void AFileThatIsNotTxtOrMdIsReportedNotRead(string name, string extension)
    {
        Write(name, Record("112082"));

        Assert.Equal(new RecordNotice(name, $"not a record file: records end in .txt or .md, this is {extension}"), LoadOnlyRejection());
    }

    [Fact]
    public void RecordExtensionsAreMatchedInAnyCase()
    {
        Write("A.TXT", Record("1"));
        Write("B.Md", Record("2"));

        Assert.Equal(["1", "2"], LoadWithoutRejections().Select(d => d.Id));
    }

    [Fact]
    public void AFileOverTheSizeLimitIsRejectedUnread()
    {
        var path = Path.Combine(_folder, "huge.txt");
        using (var stream = File.Create(path))
        {
            stream.SetLength(DocumentLoader.MaxFileBytes + 1);
        }

        var culture = CultureInfo.CurrentCulture;
        CultureInfo.CurrentCulture = CultureInfo.InvariantCulture;
        try
        {
            Assert.Equal(
                new RecordNotice("huge.txt", "the file is 16,777,217 bytes, larger than the 16,777,216-byte limit for one record"),
                DocumentLoader.LoadFile(path, "huge.txt").Rejection);
        }
        finally
        {
            CultureInfo.CurrentCulture = culture;
        }
    }

    [Theory]
    [InlineData("a.txt", "112082", "b/copy.md", "112082", "a.txt", "b/copy.md", "112082")]
    // Ordinal order puts "B" (0x42) before "a" (0x61), where a culture-aware order would not;
    // and ids differing only in case are the same permalink.
    [InlineData("a.txt", "abc", "B.txt", "ABC", "B.txt", "a.txt", "abc")]
    public void ASecondFileInOrdinalPathOrderWithTheSameIdIsRejectedNamingBoth(
        string oneFile, string oneId, string otherFile, string otherId, string served, string rejected, string rejectedId)
    {
        Write(oneFile, Record(oneId));
        Write(otherFile, Record(otherId));

        var result = DocumentLoader.Load(_folder);

        Assert.Equal(served, Assert.Single(result.Documents).SourceFile);
        Assert.Equal(
            new RecordNotice(rejected, $"duplicate id '{rejectedId}': '{served}' already has that source URL's document id"),
            Assert.Single(result.Rejections));
    }

    [Fact]
    public void RecordsInSubfoldersAreFoundWithForwardSlashNames()
    {
        Write("1950/11/telegram.txt", Record("1"));
        Write("1955/memo.md", Record("2"));

        Assert.Equal(["1950/11/telegram.txt", "1955/memo.md"], LoadWithoutRejections().Select(d => d.SourceFile));
    }

    [Fact]
    public void DotfilesAndDotFoldersAreIgnoredNotRejected()
    {
        Write(".hidden.txt", Record("1"));
        Write(".git/HEAD", "ref: refs/heads/main\n");
        Write(".cache/rec.md", Record("2"));
        Write("sub/.trash/rec.txt", Record("3"));
        Write("sub/rec.txt", Record("4"));

        Assert.Equal(["sub/rec.txt"], LoadWithoutRejections().Select(d => d.SourceFile));
    }

    [Fact]
    public void OneBadFileNeverStopsTheRestFromLoading()
    {
        Write("1.txt", Record("1"));
        WriteBytes("2.txt", [0xFF, 0xFE, 0x00]);
        Write("3.txt", "Citation:\n\nno more\n");
        Write("4.md", Valid.WithUrl("https://digitalarchive.wilsoncenter.org/document/4").Markdown);
        Write("5.doc", "a word file");
        Write("6.txt", Record("6").Replace(RecordText.Date, "February 30, 1950", StringComparison.Ordinal));

        var result = DocumentLoader.Load(_folder);

        Assert.Equal(["1", "4", "6"], result.Documents.Select(d => d.Id));
        Assert.Equal(["2.txt", "3.txt", "5.doc"], result.Rejections.Select(r => r.File));
        Assert.Equal("6.txt, line 3: the citation's date 'February 30, 1950' is not a recognised calendar date; the record is served as undated",
            Assert.Single(result.Warnings).ToString());
    }

    [Fact]
    public void AnEmptyFolderLoadsNothing()
    {
        var result = DocumentLoader.Load(_folder);

        Assert.Empty(result.Documents);
        Assert.Empty(result.Rejections);
        Assert.Empty(result.Warnings);
    }

    [Fact]
    public void AMissingFolderThrows()
    {
        var missing = Path.Combine(_folder, "no-such-folder");

        var ex = Assert.Throws<DirectoryNotFoundException>(() => DocumentLoader.Load(missing));
        Assert.Contains(missing, ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ParseBytesAcceptsAByteOrderMark()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Record("112082"))).ToArray();

        var result = DocumentLoader.ParseBytes(bytes, "bom.txt");

        Assert.True(result.IsSuccess, result.Rejection?.ToString());
        Assert.Equal(RecordText.Title, result.Document!.Title);
    }
}
