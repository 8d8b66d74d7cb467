namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// The checks OAI-PMH makes of a request's arguments: before any verb is run, a known verb given
/// once (badVerb), and each argument allowed for that verb, given once, the required ones present
/// and resumptionToken alone (badArgument); and, for the verbs that name a format, that it is the
/// one this repository offers (cannotDisseminateFormat).
/// </summary>
internal static class OaiArguments
{
    /// <summary>The one metadata format offered: unqualified Dublin Core, which every harvester reads.</summary>
    public const string MetadataPrefix = "oai_dc";

    // Each verb and the arguments it may take besides the verb. The badVerb message lists the
    // verbs in this order.
    private static readonly Dictionary<string, string[]> Allowed = new(StringComparer.Ordinal)
    {
        ["Identify"] = [],
        ["ListMetadataFormats"] = ["identifier"],
        ["ListSets"] = ["resumptionToken"],
        ["GetRecord"] = ["identifier", "metadataPrefix"],
        ["ListIdentifiers"] = ["metadataPrefix", "from", "until", "set", "resumptionToken"],
        ["ListRecords"] = ["metadataPrefix", "from", "until", "set", "resumptionToken"],
    };

    /// <summary>The request, checked; badVerb or badArgument, with the first problem found, when it cannot be run.</summary>
    /// <param name="arguments">The query or form arguments as sent, repeats included.</param>
    public static OaiRequest Check(IReadOnlyList<KeyValuePair<string, string>> arguments)
    {
        var verbs = arguments.Where(a => a.Key == "verb").Select(a => a.Value).ToArray();
        if (verbs.Length == 0)
        {
            throw new OaiError("badVerb", "The request has no verb. Verbs: Identify, ListMetadataFormats, ListSets, ListIdentifiers, ListRecords, GetRecord.");
        }

        if (verbs.Length > 1)
        {
            throw new OaiError("badVerb", "The request repeats the verb argument; give it once.");
        }

        var verb = verbs[0];
        if (!Allowed.TryGetValue(verb, out var allowed))
        {
            throw new OaiError("badVerb", $"'{verb}' is not an OAI-PMH verb. Verbs: {string.Join(", ", Allowed.Keys)}.");
        }

        foreach (var group in arguments.Where(a => a.Key != "verb").GroupBy(a => a.Key, StringComparer.Ordinal))
        {
            if (!allowed.Contains(group.Key))
            {
                throw new OaiError("badArgument", $"{verb} does not take the argument '{group.Key}'. It takes: {(allowed.Length == 0 ? "none" : string.Join(", ", allowed))}.");
            }

            if (group.Count() > 1)
            {
                throw new OaiError("badArgument", $"The argument '{group.Key}' is repeated; give it once.");
            }
        }

        var given = arguments.Select(a => a.Key).ToHashSet(StringComparer.Ordinal);
        if (given.Contains("resumptionToken") && given.Count > 2)
        {
            throw new OaiError("badArgument", "resumptionToken is an exclusive argument: send it with the verb and nothing else.");
        }

        string[] required = verb switch
        {
            "GetRecord" => ["identifier", "metadataPrefix"],
            "ListIdentifiers" or "ListRecords" when !given.Contains("resumptionToken") => ["metadataPrefix"],
            _ => [],
        };
        var missing = required.Where(r => !given.Contains(r)).ToArray();
        if (missing.Length > 0)
        {
            throw new OaiError("badArgument", $"{verb} needs the argument {string.Join(" and ", missing)}.");
        }

        return new OaiRequest(verb, arguments.ToArray());
    }

    /// <summary>cannotDisseminateFormat for any format but <see cref="MetadataPrefix"/>.</summary>
    public static void CheckFormat(string metadataPrefix)
    {
        if (metadataPrefix != MetadataPrefix)
        {
            throw new OaiError("cannotDisseminateFormat", $"This repository does not offer the format '{metadataPrefix}'; it offers oai_dc.");
        }
    }
}
