using System.Text;
using System.Xml;
using System.Xml.Linq;

namespace ArchiveSite.Web.Endpoints;

/// <summary>An XML document as a response: UTF-8 (declared so), indented for people who read feeds and harvests by eye.</summary>
public static class XmlResult
{
    /// <summary>The response for <paramref name="document"/>.</summary>
    public static IResult Of(XDocument document, string mediaType)
    {
        var text = new StringBuilder();
        using (var writer = XmlWriter.Create(text, new XmlWriterSettings { Indent = true, OmitXmlDeclaration = true }))
        {
            document.Root!.Save(writer);
        }

        return Results.Text("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + text, mediaType, Encoding.UTF8);
    }
}
