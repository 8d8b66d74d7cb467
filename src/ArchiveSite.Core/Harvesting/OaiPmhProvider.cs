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

    private static readonly Dictionary<string, string[]> AllowedArguments = new(StringComparer.Ordinal)
    {
        ["Identify"] = [],
        ["ListMetadataFormats"] = ["identifier"],
        ["ListSets"] = ["resumptionToken"],
        ["GetRecord"] = ["identifier", "metadataPrefix"],
        ["ListIdentifiers"] = ["metadataPrefix", "from", "until", "set", "resumptionToken"],
        ["ListRecords"] = ["metadataPrefix", "from", "until", "set", "resumptionToken"],
    };

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
            var request = new XElement(Oai + "request", _repository.BaseUrl);
            XElement[] body;
            if (CheckArguments(arguments) is { } problem)
            {
                // The protocol: after badVerb or badArgument the request element carries no attributes.
                body = [problem];
            }
            else
            {
                var args = arguments.ToDictionary(a => a.Key, a => a.Value, StringComparer.Ordinal);
                foreach (var (key, value) in args)
                {
                    request.SetAttributeValue(key, value);
                }

                try
                {
                    body = args["verb"] switch
                    {
                        "Identify" => [Identify()],
                        "ListMetadataFormats" => [ListMetadataFormats(args.GetValueOrDefault("identifier"))],
                        "ListSets" => [ListSets(args.GetValueOrDefault("resumptionToken"))],
                        "GetRecord" => [GetRecord(args["identifier"], args["metadataPrefix"])],
                        _ => [List(args)],
                    };
                }
                catch (OaiError error)
                {
                    body = [Error(error.Code, error.Message)];
                    // After badArgument the request element names no arguments; after other errors it
                    // echoes only the ones the schema's patterns accept (a junk metadataPrefix is not echoed).
                    foreach (var attribute in request.Attributes().ToArray())
                    {
                        if (error.Code == "badArgument" || !Echoable(attribute.Name.LocalName, attribute.Value))
                        {
                            attribute.Remove();
                        }
                    }
                }
            }

            var root = new XElement(Oai + "OAI-PMH",
                new XAttribute(XNamespace.Xmlns + "xsi", Xsi),
                new XAttribute(Xsi + "schemaLocation", "http://www.openarchives.org/OAI/2.0/ http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd"),
                new XElement(Oai + "responseDate", OaiDates.Format(now)),
                request,
                body);
            return new XDocument(new XDeclaration("1.0", "UTF-8", null), root);
        }

        /// <summary>badVerb and badArgument: the checks that come before a verb is run.</summary>
        private static XElement? CheckArguments(IReadOnlyList<KeyValuePair<string, string>> arguments)
        {
            var verbs = arguments.Where(a => a.Key == "verb").Select(a => a.Value).ToArray();
            if (verbs.Length == 0)
            {
                return Error("badVerb", "The request has no verb. Verbs: Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord.");
            }

            if (verbs.Length > 1)
            {
                return Error("badVerb", "The request repeats the verb argument; give it once.");
            }

            if (!AllowedArguments.TryGetValue(verbs[0], out var allowed))
            {
                return Error("badVerb", $"'{verbs[0]}' is not an OAI-PMH verb. Verbs: {string.Join(", ", AllowedArguments.Keys)}.");
            }

            var verb = verbs[0];
            foreach (var group in arguments.Where(a => a.Key != "verb").GroupBy(a => a.Key, StringComparer.Ordinal))
            {
                if (!allowed.Contains(group.Key))
                {
                    return Error("badArgument", $"{verb} does not take the argument '{group.Key}'. It takes: {(allowed.Length == 0 ? "none" : string.Join(", ", allowed))}.");
                }

                if (group.Count() > 1)
                {
                    return Error("badArgument", $"The argument '{group.Key}' is repeated; give it once.");
                }
            }

            var given = arguments.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
            if (given.Contains("resumptionToken") && given.Count > 2)
            {
                return Error("badArgument", "resumptionToken is an exclusive argument: send it with the verb and nothing else.");
            }

            string[] required = verb switch
            {
                "GetRecord" => ["identifier", "metadataPrefix"],
                "ListIdentifiers" or "ListRecords" when !given.Contains("resumptionToken") => ["metadataPrefix"],
                _ => [],
            };
            var missing = required.Where(r => !given.Contains(r)).ToArray();
            return missing.Length > 0 ? Error("badArgument", $"{verb} needs the argument {string.Join(" and ", missing)}.") : null;
        }

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
            CheckPrefix(prefix);
            return new XElement(Oai + "GetRecord", Record(header));
        }

        private XElement List(Dictionary<string, string> args)
        {
            var records = args["verb"] == "ListRecords";
            var query = args.TryGetValue("resumptionToken", out var token) ? ResumptionToken.Read(token, _stamp) : NewQuery(args);
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

        private OaiListQuery NewQuery(Dictionary<string, string> args)
        {
            CheckPrefix(args["metadataPrefix"]);
            var (from, until) = OaiDates.Range(args.GetValueOrDefault("from"), args.GetValueOrDefault("until"));

            string? set = null;
            if (args.TryGetValue("set", out var s))
            {
                if (_sets.Count == 0)
                {
                    throw new OaiError("noSetHierarchy", "This repository has no sets.");
                }

                set = s;
            }

            return new OaiListQuery(from, until, set, 0);
        }

        private static void CheckPrefix(string prefix)
        {
            if (prefix != "oai_dc")
            {
                throw new OaiError("cannotDisseminateFormat", $"This repository does not offer the format '{prefix}'; it offers oai_dc.");
            }
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

    /// <summary>Whether an argument may be echoed in the request element: the OAI-PMH schema's pattern for it.</summary>
    private static bool Echoable(string name, string value) => name switch
    {
        "metadataPrefix" => SchemaPatterns.MetadataPrefix().IsMatch(value),
        "set" => SchemaPatterns.SetSpec().IsMatch(value),
        "from" or "until" => SchemaPatterns.UtcDatetime().IsMatch(value),
        "identifier" => Uri.TryCreate(value, UriKind.Absolute, out _),
        _ => true,
    };
}
