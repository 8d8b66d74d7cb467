using System.Globalization;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Citations;

/// <summary>
/// A record in the files reference managers import: BibTeX (biblatex fields, with classic
/// year/month too), RIS and CSL-JSON. Each says the same thing: the record is an unpublished
/// manuscript written by its sender (the author) to its addressee (the recipient, where the
/// format has a place for one), kept in the archives its references name (the location exactly
/// as written), read in the digital copy of the record's publisher at this site's permalink, on
/// the day accessed. A record whose sender is not known has no author. The date keeps its
/// precision (a record dated "November 1950" exports no day). Several records make one file, for
/// a whole result list.
/// </summary>
public static class CitationExports
{
    private static readonly CultureInfo Invariant = CultureInfo.InvariantCulture;

    private static readonly JsonSerializerOptions JsonOptions = new()
    {
        WriteIndented = true,
        // Cyrillic, Korean and Chinese names stay readable in the file, not \u escapes.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>The BibTeX/biblatex file: one <c>@unpublished</c> entry per record.</summary>
    public static string BibTeX(IEnumerable<CitationContext> records) =>
        string.Join("\n", records.Select(BibTeXEntry));

    /// <summary>The RIS file: one <c>TY  - MANSCPT</c> record each.</summary>
    public static string Ris(IEnumerable<CitationContext> records) =>
        string.Concat(records.Select(RisRecord));

    /// <summary>CSL-JSON: an array of items of type <c>manuscript</c>.</summary>
    public static string CslJson(IEnumerable<CitationContext> records) =>
        new JsonArray(records.Select(r => (JsonNode)CslItem(r)).ToArray()).ToJsonString(JsonOptions);

    /// <summary>The key a reference manager files the record under: <c>archivesite_112082</c>.</summary>
    public static string Key(ArchiveDocument document) =>
        "archivesite_" + new string(document.Id.Select(c => char.IsAsciiLetterOrDigit(c) ? c : '_').ToArray());

    /// <summary>The archives the references name, in order, each once: <c>APRF; AVPRF</c>.</summary>
    internal static string? Archives(ArchiveDocument document)
    {
        var names = document.Citation.References.Select(r => r.Archive).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        return names.Length == 0 ? null : string.Join("; ", names);
    }

    private static string BibTeXEntry(CitationContext c)
    {
        var d = c.Document;
        var fields = new (string Name, string? Value)[]
        {
            // biblatex has no field for a recipient or an intermediary: the title names them.
            ("author", BibTeXNames(c.Correspondence.Authors)),
            // Double braces keep the title's capitals: BibTeX styles would lower-case "Kim" and "Stalin".
            ("title", "{{" + BibTeXText(CitationStyles.Title(c)) + "}}"),
            ("date", Braced(d.Date?.Iso)),
            ("year", Braced(d.Date?.Start.Year.ToString(Invariant))),
            // A month macro (nov), unbraced, as BibTeX styles expect; none for a year or a range.
            ("month", d.Date is { Precision: not DatePrecision.Year, IsRange: false } date ? BibTeXMonth(date.Start.Month) : null),
            ("howpublished", Braced(d.Citation.Publisher)),
            ("note", Braced(CitationStyles.Location(c))),
            // biblatex reads a URL verbatim: only braces would break the field.
            ("url", "{" + c.Permalink.Replace("{", "%7B", StringComparison.Ordinal).Replace("}", "%7D", StringComparison.Ordinal) + "}"),
            ("urldate", Braced(c.Accessed.ToString("yyyy-MM-dd", Invariant))),
            ("language", Braced(d.OriginalLanguage)),
            ("abstract", Braced(d.Summary)),
        };

        var body = string.Join(",\n", fields.Where(f => f.Value is not null).Select(f => $"  {f.Name} = {f.Value}"));
        return $"@unpublished{{{Key(d)},\n{body}\n}}\n";
    }

    /// <summary>
    /// <c>{Stalin, Joseph and {Department of State}}</c>: a person as "Family, Given", any other name
    /// in its own braces, so BibTeX takes it whole rather than splitting "Department of" from "State".
    /// </summary>
    private static string? BibTeXNames(IReadOnlyList<CitationName> names) => names.Count == 0 ? null :
        "{" + string.Join(" and ", names.Select(n => n.IsPerson ? $"{BibTeXText(n.Family!)}, {BibTeXText(n.Given!)}" : "{" + BibTeXText(n.Name) + "}")) + "}";

    private static string? Braced(string? text) => string.IsNullOrWhiteSpace(text) ? null : "{" + BibTeXText(text) + "}";

    /// <summary>Escapes the characters LaTeX treats specially, so the text prints as written.</summary>
    internal static string BibTeXText(string text)
    {
        var escaped = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            escaped.Append(ch switch
            {
                '\\' => @"\textbackslash{}",
                '{' => @"\{",
                '}' => @"\}",
                '&' => @"\&",
                '%' => @"\%",
                '$' => @"\$",
                '#' => @"\#",
                '_' => @"\_",
                '^' => @"\textasciicircum{}",
                '~' => @"\textasciitilde{}",
                '\n' or '\r' or '\t' => " ",
                _ => ch.ToString(),
            });
        }

        return escaped.ToString();
    }

    private static string BibTeXMonth(int month) =>
        new[] { "jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec" }[month - 1];

    private static string RisRecord(CitationContext c)
    {
        var d = c.Document;
        var lines = new List<(string Tag, string? Value)> { ("TY", "MANSCPT"), ("ID", Key(d)) };
        // One line a name, "Family, Given" for a person. A name kept whole goes as written: RIS has
        // no way to protect a comma in it, so a reader may split "Commander, Seventh Fleet (Kivette)".
        lines.AddRange(c.Correspondence.Authors.Select(a => ("AU", (string?)a.Filed)));
        lines.AddRange(new (string Tag, string? Value)[]
        {
            ("TI", CitationStyles.Title(c)),
            ("DA", d.Date is { } date ? RisDate(date.Start, date.IsRange ? DatePrecision.Year : date.Precision) : null),
            ("PY", d.Date?.Start.Year.ToString(Invariant)),
            // For a manuscript, RIS names the archive in PB and the place in it in AV.
            ("PB", Archives(d)),
            ("AV", CitationStyles.Location(c)),
            ("DB", d.Citation.Publisher),
            // The database's provider: the publisher of the digital copy (Zotero's "Library Catalog").
            ("DP", d.Citation.Publisher),
            ("UR", c.Permalink),
            ("Y2", RisDate(c.Accessed, DatePrecision.Day)),
            ("LA", d.OriginalLanguage),
            ("AB", d.Summary),
            // RIS has a recipient (A2) only for letters and e-mail, not for a manuscript, and no
            // intermediary at all: the note says them. One note, as readers keep only the first.
            ("N1", Sentences(Addressed(c.Correspondence), d.Date is { IsRange: true } range ? $"Dated {range.Text} ({range.Iso})." : null)),
        });

        var record = new StringBuilder();
        foreach (var (tag, value) in lines.Where(l => !string.IsNullOrWhiteSpace(l.Value)))
        {
            // One line a tag: a line break inside a value would start a line RIS cannot read.
            record.Append(tag).Append("  - ").Append(value!.ReplaceLineEndings(" ")).Append("\r\n");
        }

        return record.Append("ER  - \r\n\r\n").ToString();
    }

    /// <summary>"Addressed to Kim Il Sung, via Terentii Shtykov."; null when the record names no recipient.</summary>
    private static string? Addressed(Correspondence correspondence) => correspondence.Recipients.Count == 0 ? null :
        "Addressed to " + string.Join(" and ", correspondence.Recipients.Select(r => r.Name))
        + (correspondence.Intermediaries.Count == 0 ? "" : ", via " + string.Join(" and ", correspondence.Intermediaries.Select(i => i.Name))) + ".";

    private static string? Sentences(params string?[] sentences)
    {
        var present = sentences.Where(s => !string.IsNullOrWhiteSpace(s)).ToArray();
        return present.Length == 0 ? null : string.Join(" ", present);
    }

    /// <summary>RIS dates are <c>YYYY/MM/DD/</c>, with the parts not known left empty: <c>1950/11//</c>.</summary>
    private static string RisDate(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => $"{date.Year:D4}///",
        DatePrecision.Month => $"{date.Year:D4}/{date.Month:D2}//",
        _ => $"{date.Year:D4}/{date.Month:D2}/{date.Day:D2}/",
    };

    private static JsonObject CslItem(CitationContext c)
    {
        var d = c.Document;
        var item = new JsonObject
        {
            ["id"] = Key(d),
            ["type"] = "manuscript",
            ["title"] = CitationStyles.Title(c),
        };
        AddNames(item, "author", c.Correspondence.Authors);
        AddNames(item, "recipient", c.Correspondence.Recipients);

        if (d.Date is { } date)
        {
            item["issued"] = CslDate(date);
        }

        Add(item, "archive", Archives(d));
        Add(item, "archive_location", CitationStyles.Location(c));
        Add(item, "publisher", d.Citation.Publisher);
        Add(item, "source", d.Citation.Publisher);
        item["URL"] = c.Permalink;
        item["accessed"] = new JsonObject { ["date-parts"] = new JsonArray(DateParts(c.Accessed, DatePrecision.Day)) };
        Add(item, "language", d.OriginalLanguage);
        Add(item, "abstract", d.Summary);
        // CSL has no variable for who carried a message: the note says it.
        if (c.Correspondence.Intermediaries.Count > 0)
        {
            item["note"] = "Via " + string.Join(" and ", c.Correspondence.Intermediaries.Select(i => i.Name)) + ".";
        }

        return item;
    }

    /// <summary>
    /// CSL names: a person as family and given (with <c>static-ordering</c> when the family name
    /// comes first, so a processor writes "Kim Il Sung", not "Il Sung Kim"), anyone else as a literal.
    /// </summary>
    private static void AddNames(JsonObject item, string variable, IReadOnlyList<CitationName> names)
    {
        if (names.Count == 0)
        {
            return;
        }

        item[variable] = new JsonArray(names.Select(n => (JsonNode)(n switch
        {
            { IsPerson: false } => new JsonObject { ["literal"] = n.Name },
            { FamilyFirst: true } => new JsonObject { ["family"] = n.Family, ["given"] = n.Given, ["static-ordering"] = true },
            _ => new JsonObject { ["family"] = n.Family, ["given"] = n.Given },
        })).ToArray());
    }

    /// <summary>CSL date-parts at the date's own precision; a range has two.</summary>
    private static JsonObject CslDate(ArchiveDate date)
    {
        var parts = new JsonArray(DateParts(date.Start, date.Precision));
        if (date.IsRange)
        {
            parts.Add(DateParts(date.End, date.EndPrecision ?? date.Precision));
        }

        return new JsonObject { ["date-parts"] = parts, ["raw"] = date.Text };
    }

    private static JsonArray DateParts(DateOnly date, DatePrecision precision) => precision switch
    {
        DatePrecision.Year => [date.Year],
        DatePrecision.Month => [date.Year, date.Month],
        _ => [date.Year, date.Month, date.Day],
    };

    private static void Add(JsonObject item, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            item[name] = value;
        }
    }
}
