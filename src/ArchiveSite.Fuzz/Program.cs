using ArchiveSite.Core.Documents;
using SharpFuzz;

// The coverage-guided fuzz target for hostile records: AFL++ feeds bytes to DocumentLoader.ParseBytes,
// the loader's whole path from a file's bytes to a document or a rejection (tests/fuzz/run.sh runs it;
// docs/security.md, "Hostile records", says how). A crash is an exception or a broken outcome; a hang
// is AFL's timeout.
//   dotnet ArchiveSite.Fuzz.dll                  under afl-fuzz, with ArchiveSite.Core.dll instrumented
//   dotnet ArchiveSite.Fuzz.dll replay FILE...   parses each file once and prints its outcome (triage)
return args switch
{
    ["replay", .. var files] => Replay(files),
    _ => Fuzz(),
};

static int Fuzz()
{
    // Out of process: a stack overflow or an out-of-memory kill in the target is reported to AFL
    // as a crash of that input rather than taking the fork server down with it.
    Fuzzer.OutOfProcess.Run(stream =>
    {
        using var memory = new MemoryStream();
        stream.CopyTo(memory);
        Check(DocumentLoader.ParseBytes(memory.ToArray(), FuzzTarget.FileName));
    });
    return 0;
}

static int Replay(IReadOnlyList<string> files)
{
    var failed = 0;
    foreach (var file in files)
    {
        try
        {
            var started = System.Diagnostics.Stopwatch.StartNew();
            var result = Check(DocumentLoader.ParseBytes(File.ReadAllBytes(file), FuzzTarget.FileName));
            var outcome = result.Document is { } document ? $"document '{document.Id}'" : $"rejected: {result.Rejection}";
            Console.WriteLine($"{file}: {outcome} ({started.ElapsedMilliseconds} ms)");
        }
        catch (Exception ex)
        {
            failed++;
            Console.WriteLine($"{file}: CRASH {ex}");
        }
    }

    return failed == 0 ? 0 : 1;
}

/// <summary>
/// The outcome the loader promises for any bytes: a document, or a rejection that names the file and
/// gives a reason. Anything else is thrown, so AFL records the input as a crash.
/// </summary>
static RecordParseResult Check(RecordParseResult result)
{
    if (result.Document is null == result.Rejection is null)
    {
        throw new InvalidOperationException("the result must hold exactly one of a document and a rejection");
    }

    if (result.Rejection is { } rejection && (rejection.File != FuzzTarget.FileName || string.IsNullOrWhiteSpace(rejection.Message)))
    {
        throw new InvalidOperationException($"the rejection must name the file and give a reason: {rejection}");
    }

    if (result.Document is { } document && (document.SourceFile != FuzzTarget.FileName || !DocumentId.IsWellFormed(document.Id)))
    {
        throw new InvalidOperationException($"the document must come from the file and carry a well-formed id: '{document.Id}'");
    }

    return result;
}

internal static class FuzzTarget
{
    /// <summary>The name every input is parsed under, so a notice that names another file is caught.</summary>
    public const string FileName = "fuzz/input.txt";
}
