using System.Diagnostics;
using System.Text.Json;
using ArchiveSite.Core.Tests;

namespace ArchiveSite.Web.Tests.Validity;

/// <summary>
/// The Nu Html Checker (vnu.jar from the npm package <c>vnu-jar</c>, pinned in <c>tests/tools/vnu</c>),
/// run with the machine's Java; the test command (bash tests/run.sh) installs both. One run checks
/// many files: the JVM takes seconds to start, so callers gather every document first.
/// </summary>
public static class NuHtmlChecker
{
    private static readonly string Jar = Path.Combine(RepositoryPaths.Root, "tests", "tools", "vnu", "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    /// <summary>One message of the checker: its type (error, info, info/warning, non-document-error), where and what.</summary>
    public sealed record Message(string Type, int Line, int Column, string Text, string Extract)
    {
        public override string ToString() => $"{Type} at {Line}:{Column}: {Text}\n    {Extract.ReplaceLineEndings(" ")}";
    }

    /// <summary>
    /// Checks each document by name (a URL): a stylesheet when the name ends in <c>.css</c>, HTML
    /// otherwise; returns every message of every kind (errors, warnings and info) by document name.
    /// </summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<Message>> Check(IReadOnlyDictionary<string, string> documents)
    {
        if (!File.Exists(Jar))
        {
            throw new InvalidOperationException($"The Nu Html Checker is not installed at {Jar}. Run the test command (bash tests/run.sh), which installs it with npm ci.");
        }

        var folder = Directory.CreateTempSubdirectory("archivesite-vnu-");
        try
        {
            var files = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var (name, content) in documents)
            {
                // Numbered files, as names are URLs; the checker reads the extension.
                var file = $"{files.Count:D3}.{(name.EndsWith(".css", StringComparison.Ordinal) ? "css" : "html")}";
                File.WriteAllText(Path.Combine(folder.FullName, file), content);
                files[file] = name;
            }

            var output = Run(["-jar", Jar, "--format", "json", "--stdout", "--exit-zero-always", "--also-check-css", .. files.Keys.Select(f => Path.Combine(folder.FullName, f))]);
            var messages = documents.Keys.ToDictionary(name => name, _ => new List<Message>(), StringComparer.Ordinal);
            using var json = JsonDocument.Parse(output);
            foreach (var m in json.RootElement.GetProperty("messages").EnumerateArray())
            {
                var type = m.GetProperty("type").GetString()!;
                if (m.TryGetProperty("subType", out var subType))
                {
                    type += "/" + subType.GetString();
                }

                // The url is file:/tmp/archivesite-vnu-…/003.html.
                var url = m.TryGetProperty("url", out var u) ? u.GetString()! : "";
                if (!files.TryGetValue(url[(url.LastIndexOf('/') + 1)..], out var name))
                {
                    throw new InvalidOperationException($"The checker reported on no document it was given: {m}");
                }

                messages[name].Add(new Message(
                    type,
                    m.TryGetProperty("lastLine", out var line) ? line.GetInt32() : 0,
                    m.TryGetProperty("firstColumn", out var column) ? column.GetInt32() : m.TryGetProperty("lastColumn", out var last) ? last.GetInt32() : 0,
                    m.GetProperty("message").GetString()!,
                    m.TryGetProperty("extract", out var extract) ? extract.GetString()! : ""));
            }

            return messages.ToDictionary(p => p.Key, p => (IReadOnlyList<Message>)p.Value, StringComparer.Ordinal);
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    /// <summary>Runs java and returns its standard output; fails with the README's test command if java is missing.</summary>
    private static string Run(string[] arguments)
    {
        Process process;
        try
        {
            process = Process.Start(new ProcessStartInfo("java", arguments)
            {
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            })!;
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            throw new InvalidOperationException("The Nu Html Checker needs java on PATH. Run the test command (bash tests/run.sh), which installs Debian's default-jre-headless.", e);
        }

        using (process)
        {
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
            {
                process.Kill();
                throw new TimeoutException("The Nu Html Checker did not finish within three minutes.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"The Nu Html Checker failed (exit code {process.ExitCode}):\n{stderr.Result}");
            }

            return stdout.Result;
        }
    }
}
