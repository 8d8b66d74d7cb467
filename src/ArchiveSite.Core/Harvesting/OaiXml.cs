using System.Xml.Linq;
using static ArchiveSite.Core.Harvesting.OaiNamespaces;

namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// The OAI-PMH document and the element each verb answers with, laid out as the OAI-PMH 2.0 schema
/// has them. It only writes: what goes in, and which error, the provider decides.
/// </summary>
internal static class OaiXml
{
    /// <summary>The whole answer: the response date, the request as <paramref name="echoed"/>, and the verb's element or the error.</summary>
    public static XDocument Document(string baseUrl, IEnumerable<KeyValuePair<string, string>> echoed, XElement body, DateTimeOffset now)
    {
        var request = new XElement(Oai + "request", baseUrl);
        foreach (var (key, value) in echoed)
        {
            request.SetAttributeValue(key, value);
        }

        var root = new XElement(Oai + "OAI-PMH",
            new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
            new XAttribute(Xsi + "schemaLocation", "http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"),
            new XElement(Oai + "responseDate", OaiDates.Format(now)),
            request,
            body);
        return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
    }

    /// <summary>An error, its code as an attribute and its message as the text.</summary>
    public static XElement Error(OaiError error) =>
        new(Oai + "error", new XAttribute("code", error.Code), error.Message);

    /// <summary>Identify: the repository and the protocol's terms it keeps.</summary>
    public static XElement Identify(OaiRepository repository, DateTimeOffset earliestDatestamp) =>
        new(Oai + "Identify",
            new XElement(Oai + "repositoryName", repository.Name),
            new XElement(Oai + "baseURL", repository.BaseUrl),
            new XElement(Oai + "protocolVersion", "2.0"),
            new XElement(Oai + "adminEmail", repository.AdminEmail),
            new XElement(Oai + "earliestDatestamp", OaiDates.Format(earliestDatestamp)),
            // A record that leaves the corpus is marked withdrawn in the append-only version store,
            // which never forgets, and listed as deleted from then on: "persistent" in the protocol's words.
            new XElement(Oai + "deletedRecord", "persistent"),
            // No <description>: the optional oai-identifier description would be validated
            // strictly against a schema this project cannot ship, and the identifiers'
            // shape is documented in docs/api.md and shown by every header.
            new XElement(Oai + "granularity", "YYYY-MM-DDThh:mm:ssZ"));

    /// <summary>ListMetadataFormats: oai_dc, the one format offered, for every record alike.</summary>
    public static XElement ListMetadataFormats() =>
        new(Oai + "ListMetadataFormats",
            new XElement(Oai + "metadataFormat",
                new XElement(Oai + "metadataPrefix", OaiArguments.MetadataPrefix),
                new XElement(Oai + "schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"),
                new XElement(Oai + "metadataNamespace", OaiDc.NamespaceName)));

    /// <summary>ListSets: every set, in one answer.</summary>
    public static XElement ListSets(IEnumerable<OaiSet> sets) =>
        new(Oai + "ListSets", sets.Select(s => new XElement(Oai + "set", new XElement(Oai + "setSpec", s.Spec), new XElement(Oai + "setName", s.Name))));

    /// <summary>GetRecord: the one record.</summary>
    public static XElement GetRecord(XElement record) => new(Oai + "GetRecord", record);

    /// <summary>ListIdentifiers or ListRecords (<paramref name="verb"/>): a page of headers or records, and its resumption token if any.</summary>
    public static XElement List(string verb, IEnumerable<XElement> page, XElement? resumptionToken) =>
        new(Oai + verb, page, resumptionToken);

    /// <summary>
    /// A list page's resumption token, with where the page stands in the whole list. An empty
    /// <paramref name="token"/> marks the last page: it tells the harvester the list is complete.
    /// </summary>
    public static XElement Resumption(int completeListSize, int cursor, string token) =>
        new(Oai + "resumptionToken", new XAttribute("completeListSize", completeListSize), new XAttribute("cursor", cursor), token);

    /// <summary>A record's header: its OAI identifier, datestamp and sets, and <c>status="deleted"</c> for a record withdrawn.</summary>
    public static XElement Header(OaiRepository repository, OaiHeader header) =>
        new(Oai + "header",
            header.Deleted ? new XAttribute("status", "deleted") : null,
            new XElement(Oai + "identifier", repository.Identifier(header.Id)),
            new XElement(Oai + "datestamp", OaiDates.Format(header.Datestamp)),
            header.SetSpecs.Select(s => new XElement(Oai + "setSpec", s)));

    /// <summary>A record: its header and its <paramref name="metadata"/> (an <c>oai_dc:dc</c> element); a deleted record has none.</summary>
    public static XElement Record(OaiRepository repository, OaiHeader header, XElement? metadata) =>
        new(Oai + "record", Header(repository, header), metadata is null ? null : new XElement(Oai + "metadata", metadata));
}
