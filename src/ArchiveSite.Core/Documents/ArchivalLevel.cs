namespace ArchiveSite.Core.Documents;

/// <summary>One level of an archival reference: <c>Fond 45</c>, or <c>f. 45</c> as some citations write it.</summary>
/// <param name="Kind">What the level is, whatever the spelling.</param>
/// <param name="Label">The label as written: <c>Fond</c>, <c>fond</c>, <c>f.</c>.</param>
/// <param name="Value">The number or code: <c>45</c>, <c>059a</c>, <c>90-91</c>.</param>
public sealed record ArchivalLevel(ArchivalLevelKind Kind, string Label, string Value)
{
    /// <summary>The level as searched and displayed in canonical form: <c>Fond 45</c>.</summary>
    public string Canonical => $"{Kind} {Value}";
}
