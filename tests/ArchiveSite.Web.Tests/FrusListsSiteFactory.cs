using ArchiveSite.Core.Tests;

namespace ArchiveSite.Web.Tests;

/// <summary>The site on the committed FRUS slice with the slice's volumes' lists of names and terms configured.</summary>
public sealed class FrusListsSiteFactory : ArchiveSiteFactory
{
    public FrusListsSiteFactory()
    {
        DocumentsPath = RepositoryPaths.FrusSlice;
        Settings = new Dictionary<string, string>
        {
            ["Archive:PersonLists"] = RepositoryPaths.FrusPersons,
            ["Archive:TermLists"] = RepositoryPaths.FrusTerms,
        };
    }
}
