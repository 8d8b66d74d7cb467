using System.Text;
using System.Text.RegularExpressions;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.CorpusGenerator;

/// <summary>
/// Makes a new record from real ones, as a pure function: the base record's header, citation,
/// summary, language and contents exactly as written, its date moved by a <see cref="DateShift"/>
/// (precision kept), a new source URL (so a new id), and a body whose first half is the base's
/// paragraphs and whose second half is a donor's.
/// </summary>
public static class RecordDeriver
{
    private static readonly UTF8Encoding Utf8NoBom = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The generated record's source URL: a volume per thousand records, so ids read like FRUS ones (<c>frusgen1950v022-d22029</c>).</summary>
    public static string SourceUrl(string baseUrl, int seed, int index)
    {
        var marker = baseUrl.IndexOf("/historicaldocuments/", StringComparison.OrdinalIgnoreCase);
        var prefix = marker >= 0 ? baseUrl[..(marker + 1)] : new Uri(baseUrl).GetLeftPart(UriPartial.Authority) + "/";
        return FormattableString.Invariant($"{prefix}historicaldocuments/frusgen{seed}v{index / 1000:D3}/d{index}");
    }

    /// <summary>The record, or null when the base cannot carry the change (the caller then tries another base).</summary>
    public static GeneratedRecord? Derive(BaseRecord baseRecord, BaseRecord donor, DateShift shift, int seed, int index)
    {
        var document = baseRecord.Document;
        var url = SourceUrl(document.Citation.SourceUrl, seed, index);
        var id = DocumentId.FromSourceUrl(url, out _);
        if (id is null)
        {
            return null;
        }

        // Header and citation: the date (wherever the header or citation writes it exactly so) and the URL.
        var head = baseRecord.Text[..baseRecord.CitationEnd];
        DateOnly expectedStart = default;
        if (document.Date is { } date && document.Citation.DateText is { Length: > 0 } written)
        {
            var shifted = shift.Apply(date, out expectedStart);
            head = Regex.Replace(head, @"(?<![\p{L}\p{N}])" + Regex.Escape(written) + @"(?![\p{L}\p{N}])", shifted.Replace("$", "$$", StringComparison.Ordinal), RegexOptions.CultureInvariant);
        }

        var urlAt = head.LastIndexOf(document.Citation.SourceUrl, StringComparison.Ordinal);
        if (urlAt < baseRecord.CitationStart)
        {
            return null;
        }

        head = string.Concat(head.AsSpan(0, urlAt), url, head.AsSpan(urlAt + document.Citation.SourceUrl.Length));

        var text = head + baseRecord.Text[baseRecord.CitationEnd..baseRecord.BodyStart] + MixBody(baseRecord, donor) + "\n";
        var path = FormattableString.Invariant($"generated/{index / 1000:D3}/{id}{baseRecord.Extension}");
        var bytes = Utf8NoBom.GetBytes(text);

        // Every generated file must load: check it as the site will, with the id and date intended.
        var parsed = DocumentLoader.ParseBytes(bytes, path).Document;
        var ok = parsed is not null && parsed.Id == id && parsed.Format == document.Format
            && (document.Date is null ? parsed.Date is null : parsed.Date is { } d && d.Precision == document.Date.Precision && d.Start == expectedStart && d.IsRange == document.Date.IsRange);
        return ok ? new GeneratedRecord(path, id, bytes) : null;
    }

    /// <summary>The first half (rounded up) of the base's paragraphs, then the second half of the donor's.</summary>
    public static string MixBody(BaseRecord baseRecord, BaseRecord donor)
    {
        var own = baseRecord.Paragraphs();
        if (ReferenceEquals(baseRecord, donor))
        {
            return string.Join("\n\n", own);
        }

        var other = donor.Paragraphs();
        var kept = own.Take((own.Count + 1) / 2);
        var added = other.Count == 1 ? other : other.Skip(other.Count / 2);
        return string.Join("\n\n", kept.Concat(added));
    }
}
