using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArchiveSite.Core.Documents;

/// <summary>
/// A document record as JSON, the one form every store keeps it in (the index's stored record, the
/// version store's lines): enums by name and camel-case names, so a stored record stays readable.
/// </summary>
internal static class RecordJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The record as one line of JSON.</summary>
    public static string Write(ArchiveDocument document) => JsonSerializer.Serialize(document, Options);

    /// <summary>The record a JSON text holds.</summary>
    public static ArchiveDocument Read(string json) => JsonSerializer.Deserialize<ArchiveDocument>(json, Options)!;
}
