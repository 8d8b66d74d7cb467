namespace ArchiveSite.Core.Archive;

/// <summary>What a start leaves for the host to run in the background once <see cref="ArchiveCatalog.Open"/> returns.</summary>
public enum BackgroundWork
{
    /// <summary>Nothing: the archive is open and checked.</summary>
    None,

    /// <summary>
    /// A first build (or a rebuild) of a large corpus: run <see cref="ArchiveCatalog.Build"/>; every
    /// page answers a "being indexed" notice until it ends. Its failure stops the site.
    /// </summary>
    Build,

    /// <summary>
    /// A large index served as last committed: once the site serves, run
    /// <see cref="ArchiveCatalog.LoadVersions"/> (its failure stops the site), then
    /// <see cref="ArchiveCatalog.CheckFolder"/> (its failure leaves the index as last built served).
    /// </summary>
    CheckFolder,
}
