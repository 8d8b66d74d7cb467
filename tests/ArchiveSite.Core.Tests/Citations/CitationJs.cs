using System.Diagnostics;
using System.Text.Json;

namespace ArchiveSite.Core.Tests.Citations;

/// <summary>
/// Reads a citation file back with citation-js (the parser Zotero-like tools build on), run under
/// node from <c>tests/tools/citation-js</c>; the test command installs it. Returns what the parser
/// understood, as CSL-JSON items, so tests compare meaning rather than our own text.
/// </summary>
internal static class CitationJs
{
    private static readonly string Folder = Path.Combine(RepositoryPaths.Root, "tests", "tools", "citation-js");

    /// <summary>The items citation-js reads from <paramref name="text"/>, and a bibliography in <paramref name="style"/> when one is asked for.</summary>
    public static (JsonElement[] Items, string? Bibliography) Parse(string format, string text, string? style = null)
    {
        if (!Directory.Exists(Path.Combine(Folder, "node_modules", "@citation-js")))
        {
            throw new InvalidOperationException($"citation-js is not installed in {Folder}. Run the test command (bash tests/run.sh), which installs it with npm ci.");
        }

        var file = Path.Combine(Path.GetTempPath(), "archivesite-citation-" + Guid.NewGuid().ToString("N"));
        File.WriteAllText(file, text);
        try
        {
            var start = new ProcessStartInfo("node", ["parse.mjs", format, file])
            {
                WorkingDirectory = Folder,
                RedirectStandardOutput = true,
                RedirectStandardError = true,
            };
            if (style is not null)
            {
                start.Environment["CSL_STYLE"] = style;
            }

            using var process = Process.Start(start)!;
            var stdout = process.StandardOutput.ReadToEndAsync();
            var stderr = process.StandardError.ReadToEndAsync();
            if (!process.WaitForExit(TimeSpan.FromSeconds(60)))
            {
                process.Kill();
                throw new TimeoutException("citation-js did not answer within a minute.");
            }

            if (process.ExitCode != 0)
            {
                throw new InvalidOperationException($"citation-js could not read the {format} file:\n{stderr.Result}\n--- file ---\n{text}");
            }

            using var output = JsonDocument.Parse(stdout.Result);
            var items = output.RootElement.GetProperty("items").EnumerateArray().Select(e => e.Clone()).ToArray();
            var bibliography = output.RootElement.TryGetProperty("bibliography", out var b) ? b.GetString() : null;
            return (items, bibliography);
        }
        finally
        {
            File.Delete(file);
        }
    }

    /// <summary>A CSL date's parts: <c>[[1950, 11, 20]]</c>.</summary>
    public static int[][] DateParts(JsonElement item, string name) =>
        item.GetProperty(name).GetProperty("date-parts").EnumerateArray()
            .Select(p => p.EnumerateArray().Select(n => n.ValueKind == JsonValueKind.String ? int.Parse(n.GetString()!, System.Globalization.CultureInfo.InvariantCulture) : n.GetInt32()).ToArray())
            .ToArray();

    public static string? Text(JsonElement item, string name) => item.TryGetProperty(name, out var value) ? value.GetString() : null;
}
