namespace ArchiveSite.Web.Http;

/// <summary>Marks an endpoint the indexing notice lets through: it answers for itself while a first build runs.</summary>
public sealed class ServedWhileIndexing
{
    /// <summary>The one instance endpoints carry.</summary>
    public static ServedWhileIndexing Instance { get; } = new();
}
