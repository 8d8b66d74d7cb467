using ArchiveSite.Core.Search;
using ArchiveSite.Core.Search.Highlighting;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Querying;
using ArchiveSite.Core.Search.Results;

namespace ArchiveSite.Web;

/// <summary>Registers the archive: options, the catalog built once, and its searcher.</summary>
public static class ArchiveServiceCollectionExtensions
{
    /// <summary>Adds the archive services.</summary>
    public static IServiceCollection AddArchive(this IServiceCollection services)
    {
        services.AddOptions<ArchiveOptions>().BindConfiguration(ArchiveOptions.Section);
        services.AddSingleton<ArchiveCatalog>();
        services.AddSingleton<ArchiveOpening>();
        services.AddHostedService(sp => sp.GetRequiredService<ArchiveOpening>());
        services.AddHostedService<LiveReload>();
        services.AddSingleton<ArchiveSearcher>(sp => sp.GetRequiredService<ArchiveCatalog>().Searcher);
        return services;
    }
}
