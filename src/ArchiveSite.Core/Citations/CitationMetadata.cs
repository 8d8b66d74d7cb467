using System.Text.Json;
using System.Text.Json.Nodes;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Citations;

/// <summary>
/// What a document page says about itself to machines, so that Zotero, Mendeley and search
/// engines pick the record up without copy and paste: Highwire Press <c>citation_*</c> meta tags
/// (what Zotero's and Google Scholar's page readers look for first), Dublin Core <c>DC.*</c> meta
/// tags, and schema.org JSON-LD (an <c>ArchiveComponent</c> held by its archive). Each says what
/// the record says: its sender as author (and, in JSON-LD, its addressee as recipient), the date
/// at its own precision, the citation and references as written.
/// </summary>
public static class CitationMetadata
{
    /// <summary>The meta tags, as name and content, in the order written.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> MetaTags(CitationContext c)
    {
        var d = c.Document;
        var tags = new List<KeyValuePair<string, string>>();
        void Add(string name, string? content)
        {
            if (!string.IsNullOrWhiteSpace(content))
            {
                tags.Add(new(name, content));
            }
        }

        Add("citation_title", CitationStyles.Title(c));
        // One tag a name, "Family, Given" for a person, as Google Scholar and Zotero read them.
        foreach (var author in c.Correspondence.Authors)
        {
            Add("citation_author", author.Filed);
        }

        // Highwire dates are YYYY/MM/DD, or fewer parts: a month-only record gives no day.
        Add("citation_date", d.Date is { } date ? HighwireDate(date) : null);
        Add("citation_publisher", d.Citation.Publisher);
        Add("citation_language", d.OriginalLanguage);
        Add("citation_abstract", d.Summary);
        Add("citation_public_url", c.Permalink);
        Add("citation_archive_location", CitationStyles.Location(c));

        Add("DC.title", CitationStyles.Title(c));
        // Dublin Core has a creator but no recipient: the title names the addressee.
        foreach (var author in c.Correspondence.Authors)
        {
            Add("DC.creator", author.Filed);
        }

        Add("DC.date", d.Date?.Iso);
        Add("DC.type", "Text");
        Add("DC.description", d.Summary);
        Add("DC.language", d.OriginalLanguage);
        Add("DC.publisher", d.Citation.Publisher);
        Add("DC.source", d.Citation.Text);
        foreach (var reference in d.Citation.References)
        {
            Add("DC.relation", reference.Text);
        }

        Add("DC.identifier", c.Permalink);
        return tags;
    }

    /// <summary>The schema.org JSON-LD object, serialized safely for a <c>&lt;script&gt;</c> element (no raw <c>&lt;</c>).</summary>
    public static string JsonLd(CitationContext c, string version)
    {
        var d = c.Document;
        var item = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = new JsonArray("ArchiveComponent", "CreativeWork"),
            ["@id"] = c.Permalink,
            ["url"] = c.Permalink,
            ["name"] = CitationStyles.Title(c),
            ["identifier"] = d.Id,
            ["version"] = version,
            ["description"] = d.Summary,
            ["inLanguage"] = d.OriginalLanguage,
            ["citation"] = d.Citation.Text,
            ["isBasedOn"] = d.Citation.SourceUrl,
        };
        if (d.Date is { } date)
        {
            // ISO 8601 at the record's precision: 1950-11-20, 1950-11, 1950, or start/end for a range.
            item["dateCreated"] = date.Iso;
        }

        if (c.Correspondence.Authors.Count > 0)
        {
            item["author"] = SchemaNames(c.Correspondence.Authors);
        }

        // schema.org gives a recipient to a Message, so a record with an addressee is one too.
        if (c.Correspondence.Recipients.Count > 0)
        {
            item["@type"]!.AsArray().Add("Message");
            item["recipient"] = SchemaNames(c.Correspondence.Recipients);
        }

        if (!string.IsNullOrWhiteSpace(d.Citation.Publisher))
        {
            item["publisher"] = new JsonObject { ["@type"] = "Organization", ["name"] = d.Citation.Publisher };
        }

        var archives = d.Citation.References.Select(r => r.Archive).Where(a => a.Length > 0).Distinct(StringComparer.Ordinal).ToArray();
        if (archives.Length > 0)
        {
            item["holdingArchive"] = new JsonArray(archives.Select(a => (JsonNode)new JsonObject { ["@type"] = "ArchiveOrganization", ["name"] = a }).ToArray());
            item["itemLocation"] = CitationStyles.Location(c);
        }

        // The default encoder escapes <, > and & as \u003C…, so the JSON cannot close its script element.
        return item.ToJsonString(new JsonSerializerOptions { WriteIndented = false });
    }

    /// <summary>
    /// A person of the names authority as a <c>Person</c>; any other name as text, which schema.org
    /// accepts where it expects a thing: an office or an institution is not asserted to be either.
    /// </summary>
    private static JsonArray SchemaNames(IReadOnlyList<CitationName> names) =>
        new(names.Select(n => n.IsPerson
            ? (JsonNode)new JsonObject { ["@type"] = "Person", ["name"] = n.Name, ["familyName"] = n.Family, ["givenName"] = n.Given }
            : JsonValue.Create(n.Name)).ToArray());

    private static string HighwireDate(ArchiveDate date) => date.Precision switch
    {
        DatePrecision.Year => $"{date.Start.Year:D4}",
        DatePrecision.Month => $"{date.Start.Year:D4}/{date.Start.Month:D2}",
        _ => $"{date.Start.Year:D4}/{date.Start.Month:D2}/{date.Start.Day:D2}",
    };
}
