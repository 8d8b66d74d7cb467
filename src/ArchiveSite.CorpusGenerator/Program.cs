using System.Diagnostics;
using System.Globalization;
using ArchiveSite.Core.Documents;
using ArchiveSite.CorpusGenerator;

// dotnet run --project src/ArchiveSite.CorpusGenerator -c Release -- --source <folder or .tar.gz> --count 100000 --out <folder> [--seed 1950] [--verify]
const string Usage = "usage: ArchiveSite.CorpusGenerator --source <folder of record files or a .tar.gz> --count <N> --out <empty folder> [--seed <int, default 1950>] [--verify]";

string? source = null, output = null;
int? count = null;
var seed = 1950;
var verify = false;
for (var i = 0; i < args.Length; i++)
{
    var value = i + 1 < args.Length ? args[i + 1] : null;
    switch (args[i])
    {
        case "--source": source = value; i++; break;
        case "--out": output = value; i++; break;
        case "--count" when int.TryParse(value, CultureInfo.InvariantCulture, out var n) && n >= 0: count = n; i++; break;
        case "--seed" when int.TryParse(value, CultureInfo.InvariantCulture, out var s): seed = s; i++; break;
        case "--verify": verify = true; break;
        case "-h" or "--help": Console.WriteLine(Usage); return 0;
        default: Console.Error.WriteLine($"unknown or malformed argument '{args[i]}'\n{Usage}"); return 2;
    }
}

if (source is null || output is null || count is null)
{
    Console.Error.WriteLine(Usage);
    return 2;
}

var clock = Stopwatch.StartNew();
var sources = SourceReader.Read(source);
var plan = new CorpusPlan(sources, seed);
Console.WriteLine(FormattableString.Invariant($"Read {sources.Count:N0} source records ({plan.BaseCount:N0} usable as bases) from {source} in {clock.Elapsed.TotalSeconds:F1} s"));

var written = CorpusWriter.Write(plan, count.Value, output, new Progress<int>(n => Console.WriteLine(FormattableString.Invariant($"  {n:N0} records written"))));
var copies = Math.Min(count.Value, sources.Count);
Console.WriteLine(FormattableString.Invariant(
    $"Wrote {count.Value:N0} records ({copies:N0} copied, {count.Value - copies:N0} generated, seed {seed}) to {output}: {written:N0} bytes in {clock.Elapsed.TotalSeconds:F1} s"));
if (verify)
{
    // Loads the output as the site would: every file must become a record.
    var loaded = DocumentLoader.Load(output);
    Console.WriteLine(FormattableString.Invariant(
        $"Verified: {loaded.Documents.Count:N0} records load, {loaded.Rejections.Count:N0} rejected, {loaded.Warnings.Count:N0} served with warnings ({clock.Elapsed.TotalSeconds:F1} s in all)"));
    foreach (var rejection in loaded.Rejections.Take(10))
    {
        Console.Error.WriteLine("  rejected: " + rejection);
    }

    return loaded.Rejections.Count == 0 && loaded.Documents.Count == count.Value ? 0 : 1;
}

return 0;
