namespace ArchiveSite.Core.Rendering.Footnotes;

/// <summary>
/// One footnote as the source defines it (<c>[^17]: Not printed.</c>), in the source's order.
/// </summary>
/// <param name="Label">The label exactly as written: <c>17</c>, <c>*</c>, <c>x3</c>.</param>
/// <param name="Markdown">The note's text, its continuation lines unindented.</param>
/// <param name="Occurrence">1 for the first definition of this label, 2 for the second, …: FRUS records repeat labels (<c>[^*]</c> four times, one per marker).</param>
internal sealed record FootnoteDefinition(string Label, string Markdown, int Occurrence);
