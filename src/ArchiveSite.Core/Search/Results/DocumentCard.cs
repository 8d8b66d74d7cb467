
namespace ArchiveSite.Core.Search.Results;

/// <summary>A record as lists of related records show it: enough to recognise it and follow the link.</summary>
/// <param name="Id">The permalink id.</param>
/// <param name="Title">The title.</param>
/// <param name="DateText">The date as written, or <c>undated</c>.</param>
/// <param name="DateIso">The date as ISO 8601, or null when undated.</param>
/// <param name="Summary">The summary.</param>
public sealed record DocumentCard(string Id, string Title, string DateText, string? DateIso, string Summary);
