using System.Text.Json;
using System.Text.Json.Serialization;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Search;

/// <summary>How a document record is stored in the index: JSON, enums by name, so a stored index stays readable.</summary>
internal static class RecordJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };

    /// <summary>The whole record a stored Lucene document holds (<see cref="IndexFields.Record"/>).</summary>
    public static ArchiveDocument Read(Lucene.Net.Documents.Document stored) =>
        JsonSerializer.Deserialize<ArchiveDocument>(stored.Get(IndexFields.Record), Options)!;
}
