namespace ArchiveSite.Core.Tests;

/// <summary>
/// The test classes that read the FRUS corpus share one <see cref="CorpusFixture"/>: on a
/// whole-corpus run, unpacking and loading 22,029 records takes most of a minute.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "FRUS corpus";
}
