using ArchiveSite.Core.Collections;
using ArchiveSite.Core.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// The fields that place a record in its collections (<see cref="CollectionMemberships"/>): the
/// collection's id to search by (<c>collection:frus1964-68v15</c>), and one doc value per
/// membership holding all the collection pages need (id, kind, title, order key, place), from
/// which <see cref="CollectionCatalog"/> orders every collection once per view of the index
/// rather than on each request.
/// </summary>
internal static class CollectionFields
{
    // Control characters never reach a membership's parts (CollectionMemberships cleans them out).
    private const char Separator = '\u001f';

    /// <summary>Adds the collection fields of <paramref name="document"/> to its Lucene document.</summary>
    public static void AddTo(Document doc, ArchiveDocument document)
    {
        foreach (var membership in CollectionMemberships.Of(document))
        {
            doc.Add(new TextField(IndexSchema.Collection, membership.Id, Field.Store.NO));
            doc.Add(new SortedSetDocValuesField(IndexSchema.CollectionEntry, new BytesRef(Write(membership))));
        }
    }

    /// <summary>
    /// One membership as a doc value: id and title first, so that the values of one collection
    /// share a long prefix (doc values keep their terms prefix-compressed), then the order key and place.
    /// </summary>
    internal static string Write(CollectionMembership membership) =>
        string.Join(Separator, membership.Id, membership.Kind.ToString(), membership.Title, membership.OrderKey, membership.Place);

    /// <summary>A membership from its doc value; null for a value this code did not write.</summary>
    internal static CollectionMembership? Read(string value) =>
        value.Split(Separator) is [var id, var kind, var title, var key, var place] && Enum.TryParse<CollectionKind>(kind, out var parsed)
            ? new CollectionMembership(id, parsed, title, key, place)
            : null;
}
