using System.Xml.Linq;

namespace ArchiveSite.Core.Harvesting;

/// <summary>The XML namespaces of an OAI-PMH answer and its oai_dc records.</summary>
internal static class OaiNamespaces
{
    /// <summary>The OAI-PMH namespace.</summary>
    public static readonly XNamespace Oai = "http://www.openarchives.org/OAI/2.0/";

    /// <summary>The oai_dc container namespace.</summary>
    public static readonly XNamespace OaiDc = "http://www.openarchives.org/OAI/2.0/oai_dc/";

    /// <summary>The Dublin Core elements namespace.</summary>
    public static readonly XNamespace Dc = "http://purl.org/dc/elements/1.1/";

    /// <summary>XML Schema instances, for the schemaLocation attributes that name each schema.</summary>
    public static readonly XNamespace Xsi = "http://www.w3.org/2001/XMLSchema-instance";
}
