namespace ArchiveSite.Web.Tests.Http;

/// <summary>The site on the seeds, served by Kestrel on loopback: for requests that must go through a real server.</summary>
public sealed class KestrelSite : IDisposable
{
    public KestrelSite() => BaseUrl = Site.StartKestrel();

    public ArchiveSiteFactory Site { get; } = new();

    /// <summary>e.g. http://127.0.0.1:41234</summary>
    public string BaseUrl { get; }

    public void Dispose() => Site.Dispose();
}
