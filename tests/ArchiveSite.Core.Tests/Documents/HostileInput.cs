using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Tests.Documents;

/// <summary>
/// What the parser promises for any input, however hostile, checked the same way by the FsCheck
/// properties and by the replay of the fuzzer's regressions: it returns, within a time bound, either
/// a document or a rejection that names the file and says why.
/// </summary>
internal static class HostileInput
{
    /// <summary>
    /// How long one parse may take. The largest real record parses in about a millisecond, and
    /// every hostile input here (up to a few hundred KB) in tens of milliseconds; the regex
    /// blow-ups the fuzzing found took from seconds to minutes. Wide enough for a loaded CI machine.
    /// </summary>
    public static readonly TimeSpan Limit = TimeSpan.FromSeconds(3);

    /// <summary>
    /// Runs <paramref name="parse"/> on a thread of its own and fails if it takes longer than
    /// <see cref="Limit"/>, so a hang fails its test rather than stalling the suite. The runaway
    /// thread is a background thread: it cannot be stopped, but it cannot keep the run alive either.
    /// (The hostile-query properties bound each search the same way.)
    /// </summary>
    public static T Bounded<T>(Func<T> parse, string what)
        where T : class
    {
        T? result = null;
        Exception? error = null;
        var thread = new Thread(() =>
        {
            try
            {
                result = parse();
            }
            catch (Exception ex)
            {
                error = ex;
            }
        })
        { IsBackground = true };
        thread.Start();
        if (!thread.Join(Limit))
        {
            throw new TimeoutException($"{what} took longer than {Limit.TotalSeconds:0} s");
        }

        if (error is not null)
        {
            throw new InvalidOperationException($"{what} threw", error);
        }

        return result!;
    }

    /// <summary>
    /// Asserts the outcome's shape: exactly one of a document and a rejection; every notice names
    /// <paramref name="file"/>, has a reason, and points (if at all) at a line the text has; a
    /// document comes from the file and has a well-formed id. <paramref name="lineCount"/> is the
    /// text's number of lines when known.
    /// </summary>
    public static RecordParseResult AssertWellFormed(RecordParseResult result, string file, int? lineCount = null)
    {
        Assert.NotNull(result);
        Assert.True(result.Document is null != result.Rejection is null, "exactly one of a document and a rejection");
        foreach (var notice in result.Warnings.Prepend(result.Rejection).OfType<RecordNotice>())
        {
            Assert.Equal(file, notice.File);
            Assert.False(string.IsNullOrWhiteSpace(notice.Message), "a notice gives a reason");
            if (notice.Line is { } line)
            {
                Assert.InRange(line, 1, lineCount ?? int.MaxValue);
            }
        }

        if (result.Document is { } document)
        {
            Assert.Equal(file, document.SourceFile);
            Assert.True(DocumentId.IsWellFormed(document.Id), $"a well-formed id, not '{document.Id}'");
        }

        return result;
    }

    /// <summary>Parses <paramref name="text"/> within the bound and asserts the outcome's shape.</summary>
    public static RecordParseResult Parse(string text, string file = "hostile.txt") =>
        AssertWellFormed(Bounded(() => RecordParser.Parse(text, file), $"parsing a text of {text.Length:N0} chars"), file, LineCount(text));

    /// <summary>Decodes and parses <paramref name="bytes"/> within the bound and asserts the outcome's shape.</summary>
    public static RecordParseResult ParseBytes(byte[] bytes, string file = "hostile.txt") =>
        AssertWellFormed(Bounded(() => DocumentLoader.ParseBytes(bytes, file), $"parsing {bytes.Length:N0} bytes"), file);

    /// <summary>Lines as the parser counts them: LF, CRLF and a lone CR each end one.</summary>
    private static int LineCount(string text) => RecordParser.Normalize(text).Count(c => c == '\n') + 1;
}
