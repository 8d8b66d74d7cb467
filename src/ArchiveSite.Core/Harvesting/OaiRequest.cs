namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// A request whose arguments passed <see cref="OaiArguments.Check"/>: a known verb, and each
/// argument allowed for it, given once.
/// </summary>
/// <param name="Verb">The verb, e.g. <c>ListRecords</c>.</param>
/// <param name="Arguments">Every argument as sent, the verb included, in the order sent.</param>
internal sealed record OaiRequest(string Verb, IReadOnlyList<KeyValuePair<string, string>> Arguments)
{
    /// <summary>The value of an argument, or null when it was not sent.</summary>
    public string? Argument(string name)
    {
        foreach (var (key, value) in Arguments)
        {
            if (key == name)
            {
                return value;
            }
        }

        return null;
    }

    /// <summary>
    /// The arguments the answer's request element repeats: all of them after a result. After
    /// badVerb or badArgument none, as the protocol says; after other errors only those the
    /// schema's pattern for them accepts, so that echoing a junk metadataPrefix back cannot make
    /// the answer itself invalid.
    /// </summary>
    public IEnumerable<KeyValuePair<string, string>> Echoed(OaiError? error) => error switch
    {
        null => Arguments,
        { Code: "badVerb" or "badArgument" } => [],
        _ => Arguments.Where(a => Echoable(a.Key, a.Value)),
    };

    private static bool Echoable(string name, string value) => name switch
    {
        "metadataPrefix" => SchemaPatterns.MetadataPrefix().IsMatch(value),
        "set" => SchemaPatterns.SetSpec().IsMatch(value),
        "from" or "until" => SchemaPatterns.UtcDatetime().IsMatch(value),
        "identifier" => Uri.TryCreate(value, UriKind.Absolute, out _),
        _ => true,
    };
}
