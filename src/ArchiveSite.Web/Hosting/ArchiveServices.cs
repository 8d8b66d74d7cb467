using ArchiveSite.Core.Archive;
using Microsoft.Extensions.Options;

namespace ArchiveSite.Web.Hosting;

/// <summary>Registers the archive: its options, the catalogue (Core), the host that runs its work, live reload, and one snapshot per request.</summary>
public static class ArchiveServices
{
    /// <summary>Adds the archive services.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services)
    {
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.Section);
        services.AddSingleton(sp => new ArchiveCatalog(sp.GetRequiredService<IOptions<ArchiveOptions>>().Value.ToSettings(), sp.GetRequiredService<ILogger<ArchiveCatalog>>()));
        services.AddSingleton<ArchiveHost>();
        services.AddHostedService(sp => sp.GetRequiredService<ArchiveHost>());
        services.AddHostedService<LiveReload>();
        // Every request takes one snapshot and uses only it: held from its first use to the request's
        // end, so a reload in between never mixes two states in one answer.
        services.AddScoped(sp => sp.GetRequiredService<ArchiveCatalog>().Acquire());
        services.AddScoped(sp => sp.GetRequiredService<SnapshotLease>().Snapshot);
        return services;
    }
}
