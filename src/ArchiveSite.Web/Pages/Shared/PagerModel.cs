namespace ArchiveSite.Web.Pages;

/// <summary>Links to the previous and next page of a list; <see cref="Url"/> keeps every other parameter.</summary>
public sealed record PagerModel(int Page, int PageCount, Func<int, string> Url);
