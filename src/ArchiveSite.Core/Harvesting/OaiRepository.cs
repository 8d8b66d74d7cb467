namespace ArchiveSite.Core.Harvesting;

/// <summary>What an OAI-PMH harvester is told about the repository.</summary>
/// <param name="Name">The repository's name.</param>
/// <param name="BaseUrl">The absolute URL of the <c>/oai</c> endpoint.</param>
/// <param name="AdminEmail">Whom to write to about the repository.</param>
/// <param name="RepositoryIdentifier">The middle part of every OAI identifier: the site's host name.</param>
/// <param name="Permalink">A record's permalink, from its id.</param>
public sealed record OaiRepository(string Name, string BaseUrl, string AdminEmail, string RepositoryIdentifier, Func<string, string> Permalink)
{
    /// <summary>The OAI identifier of a record: <c>oai:archive.example.org:112082</c>.</summary>
    public string Identifier(string id) => $"oai:{RepositoryIdentifier}:{id}";

    /// <summary>The record id an OAI identifier names, or null when it is not shaped as this repository's identifiers are.</summary>
    internal string? IdOf(string identifier)
    {
        var prefix = Identifier("");
        return identifier.StartsWith(prefix, StringComparison.Ordinal) ? identifier[prefix.Length..] : null;
    }
}
