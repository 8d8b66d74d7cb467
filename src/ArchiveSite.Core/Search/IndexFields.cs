namespace ArchiveSite.Core.Search;

/// <summary>
/// The index's field names, in one place (as Blacklight keeps its field configuration). The
/// comments on each say how it is indexed and why.
/// </summary>
public static class IndexFields
{
    /// <summary>The permalink id: a StringField, indexed as one untokenized term for exact lookups, and stored.</summary>
    public const string Id = "id";

    /// <summary>The id again as sorted doc values, the tie-breaker that makes every ordering stable.</summary>
    public const string IdSort = "id_sort";

    /// <summary>Title: analyzed English text, stored for result lists.</summary>
    public const string Title = "title";

    /// <summary>Summary: analyzed English text, stored for result lists.</summary>
    public const string Summary = "summary";

    /// <summary>
    /// Body as plain text: analyzed, not stored (a snippet derives the plain text from the stored
    /// record again, the same text that matched), with a term vector of its words and their offsets, so snippets and "related documents" read
    /// the words as indexed instead of analyzing the text again for every hit and page.
    /// </summary>
    public const string Body = "body";

    /// <summary>The whole citation: analyzed, not stored (the record JSON has it).</summary>
    public const string Citation = "citation";

    /// <summary>
    /// Archival references in canonical form ("APRF fond 45 opis 1 delo 347"), whatever the
    /// spelling in the record (f., op., d.), so "Fond 45" finds a record written "f. 45".
    /// </summary>
    public const string Reference = "ref";

    /// <summary>People the record mentions, as authority ids: untokenized terms, one per person.</summary>
    public const string Person = "person";

    /// <summary>Original language, lowercased as one term.</summary>
    public const string Language = "language";

    /// <summary>First and last day the date covers, as yyyymmdd Int32Fields for range queries.</summary>
    public const string DateStart = "date_start";

    /// <inheritdoc cref="DateStart"/>
    public const string DateEnd = "date_end";

    /// <summary>The first day as numeric doc values, for sorting by date. Undated records have none.</summary>
    public const string DateSort = "date_sort";

    /// <summary>Stored only: the date as written and as ISO, for result lists.</summary>
    public const string DateText = "date_text";

    /// <inheritdoc cref="DateText"/>
    public const string DateIso = "date_iso";

    /// <summary>
    /// Every day covered by the dates the body mentions ("Sent 17.11.50", "Received 18.11"), one
    /// yyyymmdd Int32Field value per day. Not a start/end pair like <see cref="DateStart"/>: a
    /// record mentions many dates, and Lucene does not keep a multi-valued field's values paired,
    /// so a record mentioning the 16th and the 20th would match a search for the 18th. With one
    /// value per day (a mention spans a month at most), "some mentioned day lies in the range" is
    /// one range query and is exact. Kept apart from the record's own date so that date: and
    /// sorting are by when a record was written, not by what it talks about.
    /// </summary>
    public const string MentionedDay = "mentioned_day";

    /// <summary>
    /// The id of the record this one answers (<see cref="Documents.ReplyThreads"/>, inferred once at
    /// indexing): a stored StringField, so "answered by" is one TermQuery on the original's id.
    /// </summary>
    public const string InReplyTo = "in_reply_to";

    /// <summary>Stored only: why <see cref="InReplyTo"/> was inferred, shown beside the link.</summary>
    public const string ReplyReason = "reply_reason";

    /// <summary>The id of the first message of the record's reply thread: a stored StringField, so a thread is one TermQuery.</summary>
    public const string Thread = "thread";

    /// <summary>
    /// The first archival reference as a padded key (<see cref="Citations.ArchivalOrder"/>): sorted doc
    /// values for sort=archival. Records without references have none and sort last.
    /// </summary>
    public const string ArchivalSort = "archival_sort";

    /// <summary>
    /// Title, summary, body and citation again, lowercased but not stemmed, not stored: the
    /// vocabulary "did you mean" draws from, so it suggests words as written ("pilots"), never
    /// stems ("pilot"). Documents only, no positions or norms: only which words occur, and how often, is read.
    /// </summary>
    public const string Spell = "spell";

    /// <summary>Stored only: the whole document record as JSON, for the detail page.</summary>
    public const string Record = "record";

    /// <summary>The fields a query's words search by default, with their boosts: a title match counts most.</summary>
    public static readonly IReadOnlyDictionary<string, float> DefaultFields = new Dictionary<string, float>
    {
        [Title] = 4f,
        [Summary] = 2f,
        [Body] = 1f,
        [Citation] = 1f,
        [Reference] = 1f,
    };

    /// <summary>Field prefixes a researcher may write in a query, and the field each means.</summary>
    public static readonly IReadOnlyDictionary<string, string> QueryPrefixes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        ["title"] = Title,
        ["summary"] = Summary,
        ["body"] = Body,
        ["text"] = Body,
        ["citation"] = Citation,
        ["ref"] = Reference,
        ["archive"] = Reference,
        ["language"] = Language,
        ["id"] = Id,
        ["person"] = Person,
        ["date"] = ArchiveQueryParser.DateField,
        ["mentioned"] = ArchiveQueryParser.MentionedField,
    };
}
