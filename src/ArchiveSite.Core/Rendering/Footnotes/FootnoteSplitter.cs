using System.Text;
using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Rendering.Footnotes;

/// <summary>
/// Takes the footnote definitions out of a Markdown body, every one of them, before Markdig sees
/// the text. Markdig's own footnotes keep one definition per label, drop a definition nothing in
/// the body refers to (FRUS hangs note 1 on the document's heading, which is not in the body) and
/// number notes by first reference; taking the definitions out here lets the renderer show each
/// one with its own label, in the source's order.
/// </summary>
internal static partial class FootnoteSplitter
{
    // A definition starts a line, indented at most three spaces, as in PHP Markdown Extra and
    // GitHub. A label has no spaces and no brackets; 64 characters bound a pathological one.
    [GeneratedRegex(@"^ {0,3}\[\^(?<label>[^\]\[\s]{1,64})\]:[ \t]?(?<text>.*)$", RegexOptions.CultureInvariant)]
    private static partial Regex DefinitionLine();

    [GeneratedRegex(@"^ {0,3}(```|~~~)", RegexOptions.CultureInvariant)]
    private static partial Regex FenceLine();

    /// <summary>The body without its footnote definitions, and the definitions in the source's order.</summary>
    public static (string Text, IReadOnlyList<FootnoteDefinition> Definitions) Split(string markdown)
    {
        if (!markdown.Contains("[^", StringComparison.Ordinal))
        {
            return (markdown, []);
        }

        var lines = markdown.Split('\n');
        var text = new StringBuilder(markdown.Length);
        var definitions = new List<FootnoteDefinition>();
        var occurrences = new Dictionary<string, int>(StringComparer.Ordinal);
        var inFence = false;
        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i];
            if (FenceLine().IsMatch(line))
            {
                inFence = !inFence;
            }

            var match = inFence ? Match.Empty : DefinitionLine().Match(line);
            if (!match.Success)
            {
                text.Append(line);
                if (i < lines.Length - 1)
                {
                    text.Append('\n');
                }

                continue;
            }

            var label = match.Groups["label"].Value;
            var note = new StringBuilder(match.Groups["text"].Value.TrimEnd());
            i = ReadContinuation(lines, i + 1, note) - 1;
            occurrences[label] = occurrences.GetValueOrDefault(label) + 1;
            definitions.Add(new FootnoteDefinition(label, note.ToString().Trim('\n'), occurrences[label]));
        }

        return (text.ToString(), definitions);
    }

    /// <summary>
    /// Adds the lines that belong to a definition: lines indented four spaces or a tab (blank lines
    /// between them included), and lines that directly follow without a blank line (a paragraph's
    /// lazy continuation, as CommonMark reads them). Returns the index of the first line after it.
    /// </summary>
    private static int ReadContinuation(string[] lines, int start, StringBuilder note)
    {
        var i = start;
        var previousBlank = false;
        while (i < lines.Length)
        {
            var line = lines[i];
            var blank = line.Trim().Length == 0;
            var indented = line.StartsWith("    ", StringComparison.Ordinal) || line.StartsWith('\t');
            if (blank)
            {
                // A blank line belongs to the note only when an indented line follows it.
                var next = i + 1;
                while (next < lines.Length && lines[next].Trim().Length == 0)
                {
                    next++;
                }

                if (next >= lines.Length || !(lines[next].StartsWith("    ", StringComparison.Ordinal) || lines[next].StartsWith('\t')))
                {
                    return i;
                }

                note.Append('\n');
                previousBlank = true;
            }
            else if (indented)
            {
                note.Append('\n').Append(line.StartsWith('\t') ? line[1..] : line[4..]);
                previousBlank = false;
            }
            else if (!previousBlank && !DefinitionLine().IsMatch(line))
            {
                note.Append('\n').Append(line);
            }
            else
            {
                return i;
            }

            i++;
        }

        return i;
    }
}
