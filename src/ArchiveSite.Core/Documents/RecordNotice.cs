namespace ArchiveSite.Core.Documents;

/// <summary>
/// Something an archivist should know about one file: why it is not served (a rejection), or what
/// was read leniently in a record that is served (a warning). Nothing is dropped without one.
/// </summary>
/// <param name="File">The file, relative to the documents folder.</param>
/// <param name="Message">What is wrong, in words an archivist can act on.</param>
/// <param name="Line">The 1-based line the problem was found at, where that helps.</param>
public sealed record RecordNotice(string File, string Message, int? Line = null)
{
    /// <inheritdoc />
    public override string ToString() => Line is { } line ? $"{File}, line {line}: {Message}" : $"{File}: {Message}";
}
