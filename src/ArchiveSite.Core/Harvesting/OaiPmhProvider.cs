using System.Xml.Linq;
using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;

namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// An OAI-PMH 2.0 data provider (https://www.openarchives.org/OAI/openarchivesprotocol.html) with
/// the <c>oai_dc</c> format: the six verbs, sets by archive, datestamp ranges, resumption tokens,
/// the protocol's error codes, and deleted records (a header with <c>status="deleted"</c> and no
/// metadata for each record withdrawn from the corpus, which the version store remembers). A pure
/// function of the request's arguments and the catalogue: the web layer passes the arguments in
/// and writes the document out. It holds the catalogue and answers each verb from it; the
/// arguments' checks (<see cref="OaiArguments"/>), the dates (<see cref="OaiDates"/>), the
/// resumption tokens (<see cref="ResumptionToken"/>) and the XML
/// (<see cref="OaiXml"/>) each have their own type.
/// </summary>
public sealed class OaiPmhProvider
{
    private readonly IReadOnlyList<OaiHeader> _headers;
    private readonly Dictionary<string, OaiHeader> _byId;
    private readonly IReadOnlyList<OaiSet> _sets;
    private readonly Func<string, ArchiveDocument?> _document;
    private readonly NameAuthority _names;
    private readonly int _pageSize;
    private readonly string _fingerprint;

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
        _fingerprint = ResumptionToken.Fingerprint(_headers);
    }

    /// <summary>The earliest datestamp of any record: the lower bound harvesters may ask from.</summary>
    public DateTimeOffset EarliestDatestamp => _headers.Count == 0 ? DateTimeOffset.UnixEpoch : _headers[0].Datestamp;

    /// <summary>Answers one request. <paramref name="arguments"/> are the query or form arguments as sent, repeats included.</summary>
    public XDocument Respond(OaiRepository repository, IReadOnlyList<KeyValuePair<string, string>> arguments, DateTimeOffset now)
    {
        OaiRequest? request = null;
        try
        {
            request = OaiArguments.Check(arguments);
            return OaiXml.Document(repository.BaseUrl, request.Echoed(null), Answer(repository, request), now);
        }
        catch (OaiError error)
        {
            // The error alone, never part of a result; a request that failed its checks echoes nothing.
            return OaiXml.Document(repository.BaseUrl, request?.Echoed(error) ?? [], OaiXml.Error(error), now);
        }
    }

    private XElement Answer(OaiRepository repository, OaiRequest request) => request.Verb switch
    {
        "Identify" => OaiXml.Identify(repository, EarliestDatestamp),
        "ListMetadataFormats" => ListMetadataFormats(repository, request.Argument("identifier")),
        "ListSets" => ListSets(request.Argument("resumptionToken")),
        "GetRecord" => GetRecord(repository, request.Argument("identifier")!, request.Argument("metadataPrefix")!),
        _ => List(repository, request),
    };

    private XElement ListMetadataFormats(OaiRepository repository, string? identifier)
    {
        if (identifier is not null)
        {
            _ = HeaderOf(repository, identifier);
        }

        return OaiXml.ListMetadataFormats();
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

        return OaiXml.ListSets(_sets);
    }

    private XElement GetRecord(OaiRepository repository, string identifier, string metadataPrefix)
    {
        var header = HeaderOf(repository, identifier);
        OaiArguments.CheckFormat(metadataPrefix);
        return OaiXml.GetRecord(Record(repository, header));
    }

    /// <summary>ListIdentifiers and ListRecords: one page of the records the query selects.</summary>
    private XElement List(OaiRepository repository, OaiRequest request)
    {
        var query = request.Argument("resumptionToken") is { } token
            ? ResumptionToken.Read(token, _fingerprint)
            : OaiListQuery.FirstPage(request, hasSets: _sets.Count > 0);
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
        var items = request.Verb == "ListRecords" ? page.Select(h => Record(repository, h)) : page.Select(h => OaiXml.Header(repository, h));
        var next = query.Offset + _pageSize;
        // A list that fits one page has no token; the last page of a longer one has an empty token.
        var resumption = query.Offset > 0 || next < matching.Length
            ? OaiXml.Resumption(matching.Length, query.Offset, next < matching.Length ? ResumptionToken.Write(query with { Offset = next }, _fingerprint) : "")
            : null;
        return OaiXml.List(request.Verb, items, resumption);
    }

    private OaiHeader HeaderOf(OaiRepository repository, string identifier)
    {
        if (repository.IdOf(identifier) is { } id && _byId.TryGetValue(id, out var header))
        {
            return header;
        }

        throw new OaiError("idDoesNotExist", $"'{identifier}' is not an identifier in this repository; identifiers look like {repository.Identifier(_headers.Count > 0 ? _headers[0].Id : "112082")}.");
    }

    private XElement Record(OaiRepository repository, OaiHeader header)
    {
        if (header.Deleted)
        {
            return OaiXml.Record(repository, header, metadata: null);
        }

        var document = _document(header.Id) ?? throw new OaiError("idDoesNotExist", $"The record {repository.Identifier(header.Id)} is no longer served.");
        return OaiXml.Record(repository, header, DublinCore.Of(document, Correspondence.Of(document, _names), repository.Permalink(document.Id)));
    }
}
