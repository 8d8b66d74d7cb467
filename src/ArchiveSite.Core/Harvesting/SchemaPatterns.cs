using System.Text.RegularExpressions;

namespace ArchiveSite.Core.Harvesting;

/// <summary>The patterns the OAI-PMH 2.0 schema gives its argument types.</summary>
internal static partial class SchemaPatterns
{
    [GeneratedRegex(@"^[A-Za-z0-9\-_\.!~\*'\(\)]+$")]
    internal static partial Regex MetadataPrefix();

    [GeneratedRegex(@"^([A-Za-z0-9\-_\.!~\*'\(\)])+(:[A-Za-z0-9\-_\.!~\*'\(\)]+)*$")]
    internal static partial Regex SetSpec();

    [GeneratedRegex(@"^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}:\d{2}Z)?$")]
    internal static partial Regex UtcDatetime();
}
