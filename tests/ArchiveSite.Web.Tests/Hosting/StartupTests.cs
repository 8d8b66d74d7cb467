using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ArchiveSite.Core.Archive;
using Serilog.Events;

namespace ArchiveSite.Web.Tests.Hosting;

/// <summary>The site on a folder of good and bad files: every good file served, every bad one logged with its reason.</summary>
public sealed class StartupTests : IDisposable
{
    private readonly SeedFolder _seeds = new();

    public StartupTests()
    {
        File.WriteAllBytes(Path.Combine(_seeds.Documents, "empty.txt"), []);
        File.WriteAllBytes(Path.Combine(_seeds.Documents, "scan.txt"), [0x25, 0x50, 0x44, 0x46, 0x00, 0x01]);
        File.WriteAllText(Path.Combine(_seeds.Documents, "no-summary.md"), "Title\n\nCitation:\n\n\"Title\", 1950, X, https://example.org/document/9\n\nOriginal Language:\n\nRussian\n\nContents:\n\nTranslation - English\n\nBody.\n");
        File.Copy(Path.Combine(_seeds.Documents, "000_cd096c47c91ecbde.txt"), Path.Combine(_seeds.Documents, "zz-copy.txt"));
    }

    [Fact]
    public async Task BadFilesAreLoggedWithTheirReasonsAndTheRestAreServed()
    {
        using var factory = new ArchiveSiteFactory { DocumentsPath = _seeds.Documents };
        var client = factory.CreateClient();

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112082")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112079")).StatusCode);
        var warnings = factory.Logs.Messages(LogEventLevel.Warning).ToArray();
        Assert.Contains(warnings, w => w.Contains("empty.txt", StringComparison.Ordinal) && w.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("scan.txt", StringComparison.Ordinal) && w.Contains("binary", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("no-summary.md", StringComparison.Ordinal) && w.Contains("'Summary:'", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("zz-copy.txt", StringComparison.Ordinal) && w.Contains("duplicate id '112082'", StringComparison.Ordinal));
        var summary = Assert.Single(factory.Logs.Messages(LogEventLevel.Information), m => m.StartsWith("Archive ready", StringComparison.Ordinal));
        Assert.Contains("2 records served", summary, StringComparison.Ordinal);
        Assert.Contains("4 files rejected", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task APipeASocketAndALoopingLinkAreReportedByNameAndHoldNothingUp()
    {
        using (var mkfifo = Process.Start("mkfifo", [Path.Combine(_seeds.Documents, "zz-pipe.txt")]))
        {
            await mkfifo.WaitForExitAsync();
        }

        using var socket = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
        socket.Bind(new UnixDomainSocketEndPoint(Path.Combine(_seeds.Documents, "zz-socket.md")));
        File.CreateSymbolicLink(Path.Combine(_seeds.Documents, "zz-loop.txt"), Path.Combine(_seeds.Documents, "zz-loop.txt"));
        using var factory = new ArchiveSiteFactory { DocumentsPath = _seeds.Documents };

        // Bounded: a pipe opened for reading would have held the start until a writer came.
        var client = await Task.Run(factory.CreateClient).WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/documents/112082")).StatusCode);
        var warnings = factory.Logs.Messages(LogEventLevel.Warning).ToArray();
        Assert.Contains(warnings, w => w.Contains("zz-pipe.txt", StringComparison.Ordinal) && w.Contains("a named pipe (FIFO), not a regular file", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("zz-socket.md", StringComparison.Ordinal) && w.Contains("a socket, not a regular file", StringComparison.Ordinal));
        Assert.Contains(warnings, w => w.Contains("zz-loop.txt", StringComparison.Ordinal) && w.Contains("a symbolic link that loops", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("does-not-exist", "does not exist")]
    [InlineData("000_cd096c47c91ecbde.txt", "is a file, not a folder")]
    public async Task AMissingDocumentsFolderStopsStartupWithAClearMessage(string name, string reason)
    {
        var path = Path.Combine(_seeds.Documents, name);
        using var factory = new ArchiveSiteFactory { DocumentsPath = path };

        var (exitCode, output) = await factory.StartInItsOwnProcessAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"The documents folder '{path}' {reason}.", output, StringComparison.Ordinal);
        Assert.Contains("Archive:DocumentsPath", output, StringComparison.Ordinal);
    }

    [Fact]
    public void AFolderThatCanBeListedHasNoProblem()
    {
        Assert.Null(DocumentsFolder.Problem(_seeds.Documents));
    }

    [Fact]
    public async Task AnArchivistsNamesFileExtendsTheAuthorityWithoutARebuild()
    {
        var names = Path.Combine(_seeds.Documents, "names.json");
        File.WriteAllText(names, """{"people":[{"id":"beria","name":"Lavrentiy Beria","variants":["Beria","Берия"]}]}""");
        using var factory = new ArchiveSiteFactory { NamesPath = names };

        // 112079 lists "Beria" among its copies; the Cyrillic spelling finds it only through the file.
        var (_, page) = await Html.GetAsync(factory.CreateClient(), "/search?q=%D0%91%D0%B5%D1%80%D0%B8%D1%8F");

        Assert.Equal(["/documents/112079"], page.QuerySelectorAll("li.hit h3 a").Select(a => a.GetAttribute("href")!.Split('?')[0]));
        Assert.StartsWith("Lavrentiy Beria (", page.QuerySelector(".person").Text(), StringComparison.Ordinal);
        Assert.Contains(factory.Logs.Messages(LogEventLevel.Information), m => m.Contains("Names authority extended from", StringComparison.Ordinal) && m.Contains("names.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task AMalformedNamesFileStopsStartupNamingTheFileAndTheProblem()
    {
        var names = Path.Combine(_seeds.Documents, "names.json");
        File.WriteAllText(names, """{"people":[{"id":"beria","variant":["Beria"]}]}""");
        using var factory = new ArchiveSiteFactory { NamesPath = names };

        var (exitCode, output) = await factory.StartInItsOwnProcessAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains(names, output, StringComparison.Ordinal);
        Assert.Contains("'variant'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AMalformedListOfNamesStopsStartupNamingTheFileAndTheLine()
    {
        var list = Path.Combine(_seeds.Documents, "persons.jsonl");
        File.WriteAllText(list, "{\"volume\": \"v\", \"id\": \"p\", \"name\": \"A, B\", \"description\": \"x\"}\n{\"volume\": \"v\", \"id\": \"p\", \"nam\": \"A, B\"}\n");
        using var factory = new ArchiveSiteFactory { Settings = new Dictionary<string, string> { ["Archive:PersonLists"] = list } };

        var (exitCode, output) = await factory.StartInItsOwnProcessAsync();

        Assert.NotEqual(0, exitCode);
        Assert.Contains($"'{list}', line 2, has the field 'nam'", output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task AReadOnlyDocumentsFolderIsNeverWrittenTo()
    {
        var before = Directory.EnumerateFileSystemEntries(_seeds.Documents, "*", SearchOption.AllDirectories).Order().ToArray();
        using (var factory = new ArchiveSiteFactory { DocumentsPath = _seeds.Documents })
        {
            Assert.Equal(HttpStatusCode.OK, (await factory.CreateClient().GetAsync("/")).StatusCode);
        }

        Assert.Equal(before, Directory.EnumerateFileSystemEntries(_seeds.Documents, "*", SearchOption.AllDirectories).Order());
    }

    [Fact]
    public async Task RequestsAreLoggedThroughTheConfiguredLogger()
    {
        using var quiet = new ArchiveSiteFactory { Settings = new Dictionary<string, string> { ["Serilog:MinimumLevel:Default"] = "Warning" } };
        using var factory = new ArchiveSiteFactory();

        await factory.CreateClient().GetAsync("/documents/112082");
        await quiet.CreateClient().GetAsync("/documents/112082");

        Assert.True(await factory.Logs.WaitForAsync(e => e.Level == LogEventLevel.Information
            && e.Properties.TryGetValue("RequestPath", out var path) && path.ToString() == "\"/documents/112082\""
            && e.Properties.TryGetValue("StatusCode", out var status) && status.ToString() == "200"));
        Assert.DoesNotContain(quiet.Logs.Events, e => e.Properties.ContainsKey("RequestPath") && e.Properties.ContainsKey("StatusCode"));
    }

    public void Dispose() => _seeds.Dispose();
}
