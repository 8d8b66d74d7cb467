using System.Xml;
using System.Xml.Linq;
using System.Xml.Schema;

namespace ArchiveSite.Web.Tests.Oai;

/// <summary>
/// Validates OAI-PMH responses against the official OAI-PMH 2.0, oai_dc and Dublin Core schemas
/// (shipped in <c>Schemas/</c>), loaded from disk only: no schemaLocation is ever fetched.
/// </summary>
internal static class OaiSchemas
{
    private static readonly XmlSchemaSet Set = Load();

    /// <summary>Every validation error and warning in <paramref name="document"/>; empty when it is valid.</summary>
    public static IReadOnlyList<string> Problems(XDocument document)
    {
        var problems = new List<string>();
        document.Validate(Set, (_, e) => problems.Add($"{e.Severity}: {e.Message}"), addSchemaInfo: false);
        // lax/skip content (e.g. the oai-identifier description) is not checked by the schema; the
        // record metadata is strict in the OAI-PMH schema's "any" with processContents="strict".
        return problems;
    }

    private static XmlSchemaSet Load()
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "Oai", "Schemas");
        var set = new XmlSchemaSet { XmlResolver = null };
        var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore, XmlResolver = null };
        foreach (var (ns, file) in new[]
                 {
                     ("http://www.w3.org/XML/1998/namespace", "xml.xsd"),
                     ("http://purl.org/dc/elements/1.1/", "simpledc20021212.xsd"),
                     ("http://www.openarchives.org/OAI/2.0/oai_dc/", "oai_dc.xsd"),
                     ("http://www.openarchives.org/OAI/2.0/", "OAI-PMH.xsd"),
                 })
        {
            using var reader = XmlReader.Create(Path.Combine(folder, file), settings);
            set.Add(ns, reader);
        }

        set.Compile();
        return set;
    }
}
