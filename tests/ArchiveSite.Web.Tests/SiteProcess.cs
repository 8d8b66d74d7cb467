using System.Diagnostics;

namespace ArchiveSite.Web.Tests;

/// <summary>The site's own executable, run from the test's output folder as <c>dotnet ArchiveSite.Web.dll ARGS</c>.</summary>
internal static class SiteProcess
{
    /// <summary>Runs it until it exits (two minutes at most, then it is killed and the test fails); returns the exit code and standard output and error.</summary>
    public static async Task<(int ExitCode, string Output)> RunAsync(IEnumerable<string> arguments)
    {
        var start = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = AppContext.BaseDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "ArchiveSite.Web.dll"));
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(2));
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"dotnet ArchiveSite.Web.dll {string.Join(' ', start.ArgumentList.Skip(1))} was still running after two minutes.");
        }

        return (process.ExitCode, await output + await errors);
    }
}
