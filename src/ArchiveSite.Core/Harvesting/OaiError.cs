namespace ArchiveSite.Core.Harvesting;

/// <summary>
/// One of the protocol's error conditions, with a message saying what was wrong and how to ask
/// instead. Thrown rather than returned because it can arise deep inside an answer (a record no
/// longer served halfway down a list), and OAI-PMH then answers with the error alone, never with
/// part of a result.
/// </summary>
internal sealed class OaiError(string code, string message) : Exception(message)
{
    /// <summary>The protocol's code, e.g. <c>badArgument</c>.</summary>
    public string Code { get; } = code;
}
