using ArchiveSite.Core.Citations;
using ArchiveSite.Core.Documents;
using ArchiveSite.Core.Names;
using Lucene.Net.Documents;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// The fields that relate a record to others: its reply thread and its place in the archive. Reply
/// links need every record at once, so they are inferred when the index is built (which happens at
/// each start), never per request.
/// </summary>
internal sealed record RelationFields(IReadOnlyDictionary<string, ReplyLink> Replies, IReadOnlyDictionary<string, string> ThreadRoots)
{
    /// <summary>No reply links: what every record that is not a letter gets (only letters answer or are answered).</summary>
    public static RelationFields None { get; } = Of([]);

    /// <summary>Infers the reply links among <paramref name="documents"/>.</summary>
    public static RelationFields Infer(IEnumerable<ArchiveDocument> documents, NameAuthority names) => Of(ReplyThreads.Infer(documents, names));

    /// <summary>Infers the reply links among <paramref name="letters"/>, reading a letter again through <paramref name="textOf"/> when a close call needs its words.</summary>
    public static RelationFields Infer(IReadOnlyList<LetterFacts> letters, Func<LetterFacts, ArchiveDocument> textOf) => Of(ReplyThreads.Infer(letters, textOf));

    private static RelationFields Of(IReadOnlyList<ReplyLink> links) =>
        new(links.ToDictionary(l => l.ReplyId, StringComparer.Ordinal), ReplyThreads.ThreadRoots(links));

    /// <summary>The relation fields this inference gives a record, as one comparable string.</summary>
    public string Describe(string id) =>
        Describe(Replies.GetValueOrDefault(id)?.OriginalId, Replies.GetValueOrDefault(id)?.Reason, ThreadRoots.GetValueOrDefault(id));

    /// <summary>Relation fields (as stored in the index, or as inferred) as one comparable string.</summary>
    public static string Describe(string? inReplyTo, string? reason, string? thread) => $"{inReplyTo}\n{reason}\n{thread}";

    /// <summary>Adds the relation fields of <paramref name="document"/> to its Lucene document.</summary>
    public void AddTo(Document doc, ArchiveDocument document)
    {
        if (Replies.TryGetValue(document.Id, out var reply))
        {
            doc.Add(new StringField(IndexSchema.InReplyTo, reply.OriginalId, Field.Store.YES));
            doc.Add(new StoredField(IndexSchema.ReplyReason, reply.Reason));
        }

        if (ThreadRoots.TryGetValue(document.Id, out var root))
        {
            doc.Add(new StringField(IndexSchema.Thread, root, Field.Store.YES));
        }

        if (ArchivalOrder.KeyOf(document.Citation) is { } key)
        {
            doc.Add(new SortedDocValuesField(IndexSchema.ArchivalSort, new BytesRef(key)));
        }
    }
}
