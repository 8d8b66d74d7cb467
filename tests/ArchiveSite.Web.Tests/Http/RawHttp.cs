using System.Net.Sockets;
using System.Text;

namespace ArchiveSite.Web.Tests.Http;

/// <summary>
/// One HTTP/1.1 request sent byte for byte over a socket, so its target reaches the server exactly
/// as written (HttpClient would resolve "..", and decode or re-encode what it sees fit).
/// </summary>
internal static class RawHttp
{
    public sealed record Answer(int Status, string Head, string Body);

    public static async Task<Answer> GetAsync(string baseUrl, string target)
    {
        var address = new Uri(baseUrl);
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(address.Host, address.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(Encoding.Latin1.GetBytes($"GET {target} HTTP/1.1\r\nHost: {address.Authority}\r\nConnection: close\r\n\r\n"));
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var text = await reader.ReadToEndAsync();
        var split = text.IndexOf("\r\n\r\n", StringComparison.Ordinal);
        var head = split < 0 ? text : text[..split];
        return new Answer(int.Parse(head.Split(' ')[1], System.Globalization.CultureInfo.InvariantCulture), head, split < 0 ? "" : text[(split + 4)..]);
    }
}
