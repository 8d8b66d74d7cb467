using System.Globalization;
using System.Text;
using System.Xml.Linq;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// An OAI-PMH 2.0 data provider (https://www.openarchives.org/OAI/openarchivesprotocol.html) with
/// the <c>oai_dc</c> format: the six verbs, sets by archive, datestamp ranges, resumption tokens
/// and the protocol's error codes. A pure function of the request's arguments and the catalogue:
/// the web layer passes the arguments in and writes the document out. Resumption tokens carry
/// their whole state (no server session), stamped with the catalogue they were cut from, so a
/// token from before a reload is refused as the protocol asks rather than silently skipping records.
/// </summary>
public sealed class OaiPmhProvider
{
    /// <summary>The OAI-PMH namespace.</summary>
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";

    /// <summary>The oai_dc container namespace.</summary>
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    /// <summary>The Dublin Core elements namespace.</summary>
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    private static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";

    private readonly IReadOnlyList<OaiHeader> _headers;
    private readonly Dictionary<string, OaiHeader> _byId;
    private readonly IReadOnlyList<OaiSet> _sets;
    private readonly Func<string, ArchiveDocument?> _document;
    private readonly NameAuthority _names;
    private readonly int _pageSize;
    private readonly string _stamp;

    /// <summary>
    /// A provider over a catalogue of headers, reading each record's metadata with
    /// <paramref name="document"/> and naming its correspondents as <paramref name="names"/> gives
    /// them. Built once per catalogue; the repository's addresses come with each request, since
    /// they follow the host the harvester asked.
    /// </summary>
    public OaiPmhProvider(IEnumerable<OaiHeader> headers, IReadOnlyList<OaiSet> sets, Func<string, ArchiveDocument?> document, NameAuthority names, int pageSize = 100)
    {
        // Datestamp order, then id: the order lists are paged in, stable between requests.
        _headers = headers.OrderBy(h => h.Datestamp).ThenBy(h => h.Id, StringComparer.Ordinal).ToArray();
        _byId = _headers.ToDictionary(h => h.Id, StringComparer.Ordinal);
        _sets = sets;
        _document = document;
        _names = names;
        _pageSize = pageSize;
        _stamp = ResumptionToken.Fingerprint(_headers);
    }

    /// <summary>The earliest datestamp of any record: the lower bound harvesters may ask from.</summary>
    public DateTimeOffset EarliestDatestamp => _headers.Count == 0 ? DateTimeOffset.UnixEpoch : _headers[0].Datestamp;

    /// <summary>The OAI identifier of a record: <c>oai:archive.example.org:112082</c>.</summary>
    public static string Identifier(OaiRepository repository, string id) => $"oai:{repository.RepositoryIdentifier}:{id}";

    /// <summary>Answers one request. <paramref name="arguments"/> are the query or form arguments as sent, repeats included.</summary>
    public XDocument Respond(OaiRepository repository, IReadOnlyList<KeyValuePair<string, string>> arguments, DateTimeOffset now) =>
        new Responder(this, repository).Respond(arguments, now);

    /// <summary>One request's work: the provider's catalogue seen from the repository address asked.</summary>
    private sealed class Responder(OaiPmhProvider provider, OaiRepository repository)
    {
        private readonly OaiRepository _repository = repository;
        private readonly IReadOnlyList<OaiHeader> _headers = provider._headers;
        private readonly Dictionary<string, OaiHeader> _byId = provider._byId;
        private readonly IReadOnlyList<OaiSet> _sets = provider._sets;
        private readonly Func<string, ArchiveDocument?> _document = provider._document;
        private readonly NameAuthority _names = provider._names;
        private readonly int _pageSize = provider._pageSize;
        private readonly string _stamp = provider._stamp;

        private DateTimeOffset EarliestDatestamp => provider.EarliestDatestamp;

        private string Identifier(string id) => OaiPmhProvider.Identifier(_repository, id);

        public XDocument Respond(IReadOnlyList<KeyValuePair<string, string>> arguments, DateTimeOffset now)
        {
            OaiRequest? checkedRequest = null;
            XElement[] body;
            IEnumerable<KeyValuePair<string, string>> echoed;
            try
            {
                checkedRequest = OaiArguments.Check(arguments);
                body = [Answer(checkedRequest)];
                echoed = checkedRequest.Echoed(null);
            }
            catch (OaiError error)
            {
                body = [Error(error.Code, error.Message)];
                echoed = checkedRequest?.Echoed(error) ?? [];
            }

            var request = new XElement(Oai + "request", _repository.BaseUrl);
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

        private XElement Answer(OaiRequest request) => request.Verb switch
        {
            "Identify" => Identify(),
            "ListMetadataFormats" => ListMetadataFormats(request.Argument("identifier")),
            "ListSets" => ListSets(request.Argument("resumptionToken")),
            "GetRecord" => GetRecord(request.Argument("identifier")!, request.Argument("metadataPrefix")!),
            _ => List(request),
        };

        private XElement Identify()
        {
            return new XElement(Oai + "Identify",
                new XElement(Oai + "repositoryName", _repository.Name),
                new XElement(Oai + "baseURL", _repository.BaseUrl),
                new XElement(Oai + "protocolVersion", "2.0"),
                new XElement(Oai + "adminEmail", _repository.AdminEmail),
                new XElement(Oai + "earliestDatestamp", OaiDates.Format(EarliestDatestamp)),
                // Records are never withdrawn by the site itself; a removed file's record simply ends.
                new XElement(Oai + "deletedRecord", "no"),
                // No <description>: the optional oai-identifier description would be validated
                // strictly against a schema this project cannot ship, and the identifiers'
                // shape is documented in docs/api.md and shown by every header.
                new XElement(Oai + "granularity", "YYYY-MM-DDThh:mm:ssZ"));
        }

        private XElement ListMetadataFormats(string? identifier)
        {
            if (identifier is not null)
            {
                _ = HeaderOf(identifier);
            }

            return new XElement(Oai + "ListMetadataFormats",
                new XElement(Oai + "metadataFormat",
                    new XElement(Oai + "metadataPrefix", "oai_dc"),
                    new XElement(Oai + "schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd"),
                    new XElement(Oai + "metadataNamespace", OaiDc.NamespaceName)));
        }

        private XElement ListSets(string? token)
        {
            if (token is not null)
            {
                // All sets fit in one answer, so no ListSets token is ever issued.
                throw new OaiError("badResumptionToken", "This repository lists every set in one answer and issues no ListSets resumption token.");
            }

            if (_sets.Count == 0)
            {
                throw new OaiError("noSetHierarchy", "The records name no archive to group them by, so there are no sets.");
            }

            return new XElement(Oai + "ListSets", _sets.Select(s => new XElement(Oai + "set", new XElement(Oai + "setSpec", s.Spec), new XElement(Oai + "setName", s.Name))));
        }

        private XElement GetRecord(string identifier, string prefix)
        {
            var header = HeaderOf(identifier);
            OaiArguments.CheckFormat(prefix);
            return new XElement(Oai + "GetRecord", Record(header));
        }

        private XElement List(OaiRequest request)
        {
            var records = request.Verb == "ListRecords";
            var query = request.Argument("resumptionToken") is { } token ? ResumptionToken.Read(token, _stamp) : OaiListQuery.FirstPage(request, _sets.Count > 0);
            var matching = _headers.Where(query.Selects).ToArray();
            if (matching.Length == 0)
            {
                throw new OaiError("noRecordsMatch", "No record matches the datestamps and set asked for.");
            }

            if (query.Offset >= matching.Length)
            {
                throw new OaiError("badResumptionToken", "The resumption token points past the end of the list.");
            }

            var page = matching.Skip(query.Offset).Take(_pageSize);
            var list = new XElement(Oai + (records ? "ListRecords" : "ListIdentifiers"),
                page.Select(h => records ? Record(h) : Header(h)));
            var next = query.Offset + _pageSize;
            if (query.Offset > 0 || next < matching.Length)
            {
                // The last page carries an empty token, which tells the harvester the list is complete.
                list.Add(new XElement(Oai + "resumptionToken",
                    new XAttribute("completeListSize", matching.Length),
                    new XAttribute("cursor", query.Offset),
                    next < matching.Length ? ResumptionToken.Write(query with { Offset = next }, _stamp) : ""));
            }

            return list;
        }

        private OaiHeader HeaderOf(string identifier)
        {
            var prefix = $"oai:{_repository.RepositoryIdentifier}:";
            if (identifier.StartsWith(prefix, StringComparison.Ordinal) && _byId.TryGetValue(identifier[prefix.Length..], out var header))
            {
                return header;
            }

            throw new OaiError("idDoesNotExist", $"'{identifier}' is not an identifier in this repository; identifiers look like {Identifier(_headers.Count > 0 ? _headers[0].Id : "112082")}.");
        }

        private XElement Header(OaiHeader h) =>
            new(Oai + "header",
                new XElement(Oai + "identifier", Identifier(h.Id)),
                new XElement(Oai + "datestamp", OaiDates.Format(h.Datestamp)),
                h.SetSpecs.Select(s => new XElement(Oai + "setSpec", s)));

        private XElement Record(OaiHeader h)
        {
            var document = _document(h.Id) ?? throw new OaiError("idDoesNotExist", $"The record {Identifier(h.Id)} is no longer served.");
            return new XElement(Oai + "record", Header(h), new XElement(Oai + "metadata", DublinCore.Of(document, Correspondence.Of(document, _names), _repository.Permalink(document.Id))));
        }
    }

    private static XElement Error(string code, string message) =>
        new(Oai + "error", new XAttribute("code", code), message);
}
