using System.Xml.Linq;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// A record as unqualified Dublin Core (<c>oai_dc</c>), the one format every harvester reads. Each
/// element says what the record says, no more: its sender as <c>dc:creator</c> (none when the
/// sender is not known), the date at its own precision (ISO 8601, a range as <c>start/end</c>), the
/// citation as written in <c>dc:source</c>, each archival reference in <c>dc:relation</c> beside the
/// source's own URL, and the permalink as <c>dc:identifier</c>.
/// </summary>
public static class DublinCore
{
    /// <summary>The <c>oai_dc:dc</c> element of a record.</summary>
    public static XElement Of(ArchiveDocument document, Correspondence correspondence, string permalink)
    {
        var ns = OaiNamespaces.Dc;
        var xsi = OaiNamespaces.Xsi;
        return new XElement(OaiNamespaces.OaiDc + "dc",
            new XAttribute(XNamespace.Xmlns + "oai_dc", OaiNamespaces.OaiDc),
            new XAttribute(XNamespace.Xmlns + "dc", ns),
            new XAttribute(XNamespace.Xmlns + "xsi", xsi),
            new XAttribute(xsi + "schemaLocation", "http://www.openarchives.org/OAI/2.0/oai_dc/ http://www.openarchives.org/OAI/2.0/oai_dc.xsd"),
            new XElement(ns + "title", document.Title),
            correspondence.Authors.Select(a => new XElement(ns + "creator", a.Filed)),
            document.Date is { } date ? new XElement(ns + "date", date.Iso) : null,
            string.IsNullOrWhiteSpace(document.Summary) ? null : new XElement(ns + "description", document.Summary),
            new XElement(ns + "type", "Text"),
            new XElement(ns + "format", document.Format == RecordFormat.Markdown ? "text/markdown" : "text/plain"),
            string.IsNullOrWhiteSpace(document.OriginalLanguage) ? null : new XElement(ns + "language", document.OriginalLanguage),
            string.IsNullOrWhiteSpace(document.Citation.Publisher) ? null : new XElement(ns + "publisher", document.Citation.Publisher),
            new XElement(ns + "source", document.Citation.Text),
            document.Citation.References.Select(r => new XElement(ns + "relation", r.Text)),
            new XElement(ns + "relation", document.Citation.SourceUrl),
            new XElement(ns + "identifier", permalink));
    }
}
