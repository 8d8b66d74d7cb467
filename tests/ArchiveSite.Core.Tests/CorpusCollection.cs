namespace ArchiveSite.Core.Tests;

/// <summary>
/// The test classes that read the FRUS corpus share one <see cref="CorpusFixture"/>: unpacking it
/// is slow, and two fixtures in one process would unpack into (and delete) the same folder.
/// </summary>
[CollectionDefinition(Name)]
public sealed class CorpusCollection : ICollectionFixture<CorpusFixture>
{
    public const string Name = "FRUS corpus";
}
