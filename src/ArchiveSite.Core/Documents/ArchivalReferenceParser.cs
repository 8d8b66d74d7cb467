using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Documents;

/// <summary>The archival references of a citation, level by level (archive, fond, opis, delo, papka, listy), as the record writes them.</summary>
internal static partial class ArchivalReferenceParser
{
    [GeneratedRegex(
        @"^(?<label>Fond|fond|FOND|f\.|F\.|Opis|opis|OPIS|op\.|Op\.|Delo|delo|DELO|d\.|D\.|Papka|papka|PAPKA|pap\.|Pap\.|Listy|listy|LISTY|List|list|ll\.|l\.|Ll\.|L\.)\s*(?<value>[0-9][^\s,;]*)(?<rest>.*)$",
        RegexOptions.CultureInvariant)]
    private static partial Regex LevelRegex();

    [GeneratedRegex(@"^\s*(?:and|&)\s+(?<next>.+)$", RegexOptions.CultureInvariant)]
    private static partial Regex AndNextRegex();

    /// <summary>
    /// Reads <c>APRF, Fond 45, Opis 1, Delo 347, Listy 90-91 and AVPRF, Fond 059a, …</c>: leading
    /// parts that are not levels name the archive; after the levels, a part that is not a level,
    /// or an "and" inside a level's part, starts the next reference.
    /// </summary>
    public static IReadOnlyList<ArchivalReference> Parse(string text)
    {
        var references = new List<ArchivalReference>();
        var archiveParts = new List<string>();
        var levels = new List<ArchivalLevel>();

        void Finish()
        {
            if (archiveParts.Count == 0 && levels.Count == 0)
            {
                return;
            }

            var archive = string.Join(", ", archiveParts);
            var parts = archiveParts.Concat(levels.Select(l => LevelText(l)));
            references.Add(new ArchivalReference(string.Join(", ", parts), archive, levels.ToArray()));
            archiveParts.Clear();
            levels.Clear();
        }

        var pending = new Queue<string>(text.Split([',', ';'], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries));
        while (pending.Count > 0)
        {
            var part = pending.Dequeue();
            var andNext = AndNextRegex().Match(part);
            if (andNext.Success && (levels.Count > 0 || archiveParts.Count > 0))
            {
                Finish();
                part = andNext.Groups["next"].Value.Trim();
            }

            var level = LevelRegex().Match(part);
            if (level.Success)
            {
                var label = level.Groups["label"].Value;
                var rest = level.Groups["rest"].Value;
                var tail = AndNextRegex().Match(rest);
                if (tail.Success && char.IsAsciiDigit(tail.Groups["next"].Value[0]))
                {
                    tail = Match.Empty; // "Listy 5 and 6" is one level with two leaves, not a second reference
                }

                var value = tail.Success ? level.Groups["value"].Value : (level.Groups["value"].Value + rest).TrimEnd();
                levels.Add(new ArchivalLevel(KindOf(label), label, value));
                if (tail.Success)
                {
                    Finish();
                    archiveParts.Add(tail.Groups["next"].Value.Trim());
                }

                continue;
            }

            if (levels.Count > 0)
            {
                Finish();
            }

            archiveParts.Add(part);
        }

        Finish();
        return references;
    }

    private static string LevelText(ArchivalLevel level) => $"{level.Label} {level.Value}";

    private static ArchivalLevelKind KindOf(string label) => label.ToLowerInvariant() switch
    {
        "fond" or "f." => ArchivalLevelKind.Fond,
        "opis" or "op." => ArchivalLevelKind.Opis,
        "delo" or "d." => ArchivalLevelKind.Delo,
        "papka" or "pap." => ArchivalLevelKind.Papka,
        _ => ArchivalLevelKind.Listy,
    };
}
