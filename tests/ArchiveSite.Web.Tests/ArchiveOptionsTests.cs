using ArchiveSite.Core.Tests;

namespace ArchiveSite.Web.Tests;

/// <summary>
/// Where the site reads records when no folder is configured: the repository's seeds when it runs
/// from a checkout, so that editing a seed is seen (live reload); the copy beside the binaries when
/// published.
/// </summary>
public sealed class ArchiveOptionsTests
{
    [Theory]
    [InlineData("Debug")]
    [InlineData("Release")]
    public void RunFromACheckoutTheDefaultDocumentsAreTheRepositorysSeeds(string configuration)
    {
        // Where dotnet run --project src/ArchiveSite.Web puts and starts the site's binaries.
        var binaries = Path.Combine(RepositoryPaths.Root, "src", "ArchiveSite.Web", "bin", configuration, "net10.0") + Path.DirectorySeparatorChar;

        Assert.Equal(RepositoryPaths.Seeds, ArchiveOptions.DefaultDocumentsPath(binaries));
    }

    [Fact]
    public void PublishedTheDefaultDocumentsAreTheCopyBesideTheBinaries()
    {
        var published = Path.Combine(Path.GetTempPath(), "archivesite-published-" + Guid.NewGuid().ToString("N"), "app");
        // dotnet publish's default output, inside the checkout's build output: still a published site.
        var publishedInCheckout = Path.Combine(RepositoryPaths.Root, "src", "ArchiveSite.Web", "bin", "Release", "net10.0", "publish");

        Assert.Equal(Path.Combine(published, "seeds"), ArchiveOptions.DefaultDocumentsPath(published));
        Assert.Equal(Path.Combine(publishedInCheckout, "seeds"), ArchiveOptions.DefaultDocumentsPath(publishedInCheckout));
    }

    [Fact]
    public void TheTestsSitesReadTheCopyInTheirOwnOutputFolderNotTheRepositorysSeeds()
    {
        // The tests' sites must never watch (or be handed) the seeds the repository keeps byte for byte.
        Assert.Equal(Path.Combine(AppContext.BaseDirectory, "seeds"), new ArchiveOptions().ResolvedDocumentsPath);
    }
}
