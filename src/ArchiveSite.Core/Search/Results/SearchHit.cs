using ArchiveSite.Core.Search.Highlighting;

namespace ArchiveSite.Core.Search.Results;

/// <summary>One result: what a result list shows, with matched words marked.</summary>
/// <param name="Id">The permalink id.</param>
/// <param name="Title">The title, matched words marked.</param>
/// <param name="DateText">The date as written, or <c>undated</c>.</param>
/// <param name="DateIso">The ISO date at its own precision, or null when undated.</param>
/// <param name="Summary">The summary, matched words marked.</param>
/// <param name="Snippet">The passage of the body with the most matches, matched words marked.</param>
public sealed record SearchHit(
    string Id,
    IReadOnlyList<TextSegment> Title,
    string DateText,
    string? DateIso,
    IReadOnlyList<TextSegment> Summary,
    IReadOnlyList<TextSegment> Snippet)
{
    /// <summary>Its 1-based position in the whole result list (not the page): what a link to it carries, to step through the list from it.</summary>
    public int Position { get; init; }
}
