using System.Text.Json;
using System.Text.Json.Serialization;

namespace ArchiveSite.Core.Search;

/// <summary>How a document record is stored in the index: JSON, enums by name, so a stored index stays readable.</summary>
internal static class RecordJson
{
    public static readonly JsonSerializerOptions Options = new()
    {
        Converters = { new JsonStringEnumConverter() },
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    };
}
