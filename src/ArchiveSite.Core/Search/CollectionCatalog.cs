using ArchiveSite.Core.Collections;
using ArchiveSite.Core.Search.Indexing;
using ArchiveSite.Core.Search.Results;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search;

/// <summary>
/// Every collection of one view of the index, each in its own order (a FRUS volume by document
/// number, a fond in archival order; then by date and id), with each record's place in each of its
/// collections. Built once per view from the doc values the index wrote for each membership
/// (<see cref="CollectionFields"/>): one walk over the records, no stored field read, so a
/// collection's page and a record's previous and next in it are lookups. Immutable; thread-safe.
/// </summary>
public sealed class CollectionCatalog
{
    private readonly Dictionary<string, (CollectionSummary Summary, Member[] Members)> _byId;
    private readonly Dictionary<string, (int Collection, int Index)[]> _byRecord;
    private readonly (CollectionSummary Summary, Member[] Members)[] _collections;

    private CollectionCatalog((CollectionSummary Summary, Member[] Members)[] collections)
    {
        _collections = collections;
        _byId = collections.ToDictionary(c => c.Summary.Id, StringComparer.Ordinal);
        All = collections.Select(c => c.Summary).ToArray();
        _byRecord = collections
            .SelectMany((c, ci) => c.Members.Select((m, i) => (m.RecordId, Place: (ci, i))))
            .GroupBy(x => x.RecordId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Place).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>One record of a collection: its id and its place there as written.</summary>
    internal readonly record struct Member(string RecordId, string Place);

    /// <summary>Every collection, volumes first, each kind by id (volume ids run by year and volume number).</summary>
    public IReadOnlyList<CollectionSummary> All { get; }

    /// <summary>The collection <paramref name="id"/>, or null.</summary>
    public CollectionSummary? Find(string id) => _byId.TryGetValue(id, out var c) ? c.Summary : null;

    /// <summary>The records of collection <paramref name="id"/> from position <paramref name="skip"/> (0-based), at most <paramref name="take"/>, in its order: ids and places.</summary>
    internal IEnumerable<(int Number, Member Member)> Members(string id, int skip, int take) =>
        _byId.TryGetValue(id, out var c) ? c.Members.Skip(skip).Take(take).Select((m, i) => (skip + i + 1, m)) : [];

    /// <summary>Each collection record <paramref name="recordId"/> is in, with its position and its neighbours there.</summary>
    internal IEnumerable<(CollectionSummary Collection, int Number, Member Member, Member? Previous, Member? Next)> PlacesOf(string recordId) =>
        (_byRecord.GetValueOrDefault(recordId) ?? []).Select(p =>
        {
            var (summary, members) = _collections[p.Collection];
            return (summary, p.Index + 1, members[p.Index],
                p.Index > 0 ? members[p.Index - 1] : (Member?)null,
                p.Index + 1 < members.Length ? members[p.Index + 1] : (Member?)null);
        });

    /// <summary>Reads every live record's memberships from <paramref name="reader"/> and orders each collection.</summary>
    internal static CollectionCatalog Read(IndexReader reader)
    {
        var found = new Dictionary<string, List<(CollectionMembership Membership, long Date, string RecordId)>>(StringComparer.Ordinal);
        var scratch = new BytesRef();
        foreach (var leaf in reader.Leaves)
        {
            var atomic = leaf.AtomicReader;
            if (atomic.GetSortedSetDocValues(IndexSchema.CollectionEntry) is not { } entries || atomic.GetSortedDocValues(IndexSchema.IdSort) is not { } ids)
            {
                continue;
            }

            var dates = atomic.GetNumericDocValues(IndexSchema.DateSort);
            var dated = atomic.GetDocsWithField(IndexSchema.DateSort);
            var live = atomic.LiveDocs;
            // Each distinct value is read once per segment: a volume's hundreds of records share few.
            var parsed = new CollectionMembership?[entries.ValueCount];
            for (var doc = 0; doc < atomic.MaxDoc; doc++)
            {
                if (live is not null && !live.Get(doc))
                {
                    continue;
                }

                entries.SetDocument(doc);
                string? recordId = null;
                for (var ord = entries.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = entries.NextOrd())
                {
                    if ((parsed[ord] ??= Parse(entries, ord, scratch)) is not { } membership)
                    {
                        continue;
                    }

                    if (recordId is null)
                    {
                        ids.Get(doc, scratch);
                        recordId = scratch.Utf8ToString();
                    }

                    // Undated records last, as in every date order of the site.
                    var date = dates is not null && dated is not null && dated.Get(doc) ? dates.Get(doc) : long.MaxValue;
                    if (!found.TryGetValue(membership.Id, out var members))
                    {
                        found[membership.Id] = members = [];
                    }

                    members.Add((membership, date, recordId));
                }
            }
        }

        var collections = found.Values
            .Select(found =>
            {
                var members = found
                    .OrderBy(m => m.Membership.OrderKey, StringComparer.Ordinal)
                    .ThenBy(m => m.Date)
                    .ThenBy(m => m.RecordId, StringComparer.Ordinal)
                    .ToArray();
                // Records may write a collection's title differently (a slug joins "APRF, Fond 45"
                // and "APRF, Fond 45."): the first in its order names it, the same at every build.
                var first = members[0].Membership;
                var years = members.Where(m => m.Date != long.MaxValue).Select(m => (int)(m.Date / 10000)).ToArray();
                var summary = new CollectionSummary(first.Id, first.Kind, first.Title, members.Length,
                    years.Length == 0 ? null : years.Min(), years.Length == 0 ? null : years.Max());
                return (Summary: summary, Members: members.Select(m => new Member(m.RecordId, m.Membership.Place)).ToArray());
            })
            .OrderBy(c => c.Summary.Kind)
            .ThenBy(c => c.Summary.Id, StringComparer.Ordinal)
            .ToArray();
        return new CollectionCatalog(collections);
    }

    private static CollectionMembership? Parse(SortedSetDocValues values, long ord, BytesRef scratch)
    {
        values.LookupOrd(ord, scratch);
        return CollectionFields.Read(scratch.Utf8ToString());
    }
}
