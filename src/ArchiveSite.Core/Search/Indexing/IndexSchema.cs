using ArchiveSite.Core.Documents;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Search.Similarities;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// The index's schema, in one place, as Blacklight keeps its field configuration: every field's
/// name, how Lucene keeps it (its type and analysis, stored or not, doc values, term vectors), its
/// query prefix, and which stored sets read it, each with the reason for the choice beside it.
/// The builder writes documents from it (<see cref="ArchiveIndexBuilder"/>), the analyzer and the
/// query parser read analysis and prefixes from it, the searcher reads its stored sets. How much a
/// word weighs in each field is relevance's, in <see cref="Ranking"/>; facets are declared in
/// <see cref="Facets"/>.
/// </summary>
internal static class IndexSchema
{
    // ---- Identity -------------------------------------------------------------------------

    /// <summary>The permalink id: a StringField, one untokenized term for exact lookups, and stored. Prefix <c>id:</c>.</summary>
    public const string Id = "id";

    /// <summary>The id again as sorted doc values: the tie-breaker that makes every ordering stable (documents are added from several threads, so index order varies between builds).</summary>
    public const string IdSort = "id_sort";

    // ---- Text searched by default: English analysis (words as written and marked stems), weighed by Ranking ----

    /// <summary>Title: stored for result lists.</summary>
    public const string Title = "title";

    /// <summary>Summary: stored for result lists.</summary>
    public const string Summary = "summary";

    /// <summary>
    /// Body as plain text (<see cref="Rendering.MarkdownRenderer.ToPlainText"/>, notes included): not
    /// stored (the record JSON holds it as written; storing it twice made stored fields, the index's
    /// largest part, two fifths larger), with its words' offsets in the postings, so a snippet finds
    /// its matches by lookup, and a term vector, so "related documents" reads a record's words without
    /// analysing the text again (<see cref="BodyType"/>). Prefixes <c>body:</c> and <c>text:</c>.
    /// </summary>
    public const string Body = "body";

    /// <summary>The whole citation: not stored (the record JSON has it).</summary>
    public const string Citation = "citation";

    /// <summary>
    /// Archival references in canonical words ("APRF fond 45 opis 1 delo 347"), whatever the
    /// record's spelling (f., op., d.), one value per reference, so "Fond 45" finds a record written
    /// "f. 45". Prefixes <c>ref:</c> and <c>archive:</c>.
    /// </summary>
    public const string Reference = "ref";

    // ---- Keywords ------------------------------------------------------------------------------

    /// <summary>People the record mentions, as names-authority ids: untokenized terms, one per person. Prefix <c>person:</c>.</summary>
    public const string Person = "person";

    /// <summary>Original language, lowercased as one term. Prefix <c>language:</c>.</summary>
    public const string Language = "language";

    // ---- Dates ---------------------------------------------------------------------------------

    /// <summary>First and last day the record's date covers, as yyyymmdd Int32 trie terms, for overlap ranges (<see cref="Querying.DateFilter"/>).</summary>
    public const string DateStart = "date_start";

    /// <inheritdoc cref="DateStart"/>
    public const string DateEnd = "date_end";

    /// <summary>The first day as numeric doc values, for sorting by date. Undated records have none.</summary>
    public const string DateSort = "date_sort";

    /// <summary>Stored only: the date as written, and as ISO, for result lists.</summary>
    public const string DateText = "date_text";

    /// <inheritdoc cref="DateText"/>
    public const string DateIso = "date_iso";

    /// <summary>
    /// Every day covered by the dates the body mentions ("Sent 17.11.50", "Received 18.11"), one
    /// yyyymmdd Int32 value per day. Not a start/end pair like <see cref="DateStart"/>: a record
    /// mentions many dates, and Lucene does not keep a multi-valued field's values paired, so a
    /// record mentioning the 16th and the 20th would match a search for the 18th. With one value per
    /// day (a mention spans a month at most), "some mentioned day lies in the range" is one exact
    /// range query. Kept apart from the record's own date so that <c>date:</c> and sorting are by
    /// when a record was written, not by what it talks about.
    /// </summary>
    public const string MentionedDay = "mentioned_day";

    /// <summary>The prefix researchers write for the record's own date: <c>date:1950-11</c>.</summary>
    public const string DatePrefix = "date";

    /// <summary>The prefix researchers write for a date the text mentions: <c>mentioned:"November 20, 1950"</c>.</summary>
    public const string MentionedPrefix = "mentioned";

    /// <summary>Each date prefix and the index fields its overlap query runs over.</summary>
    public static readonly IReadOnlyDictionary<string, (string Start, string End)> DatePrefixes = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        [DatePrefix] = (DateStart, DateEnd),
        [MentionedPrefix] = (MentionedDay, MentionedDay),
    };

    // ---- Relations, inferred once at indexing (they need every record at once) -----------------

    /// <summary>The id of the record this one answers (<see cref="ReplyThreads"/>): a stored StringField, so "answered by" is one TermQuery on the original's id.</summary>
    public const string InReplyTo = "in_reply_to";

    /// <summary>Stored only: why <see cref="InReplyTo"/> was inferred, shown beside the link.</summary>
    public const string ReplyReason = "reply_reason";

    /// <summary>The id of the first message of the record's reply thread: a stored StringField, so a thread is one TermQuery.</summary>
    public const string Thread = "thread";

    /// <summary>
    /// The message's number in its sender's series (<see cref="Documents.MessageNumber"/>: a FRUS telegram's
    /// "1200.", a letter's "No. 14") as numeric doc values: what a correspondence page reads of every
    /// letter to find the numbers missing from a sequence, without opening a stored record. Records
    /// without one have none.
    /// </summary>
    public const string MessageNumber = "message_number";

    /// <summary>The first archival reference as a padded key (<see cref="Citations.ArchivalOrder"/>): sorted doc values for sort=archival; records without references have none and sort last.</summary>
    public const string ArchivalSort = "archival_sort";

    /// <summary>
    /// The collections a record belongs to, by id (<see cref="Collections.CollectionMemberships"/>):
    /// one term each, lowercased like a language, so <c>collection:FRUS1964-68v15</c> finds the volume
    /// too. Not stored. Prefix <c>collection:</c>.
    /// </summary>
    public const string Collection = "collection";

    /// <summary>One sorted-set doc value per collection the record belongs to, with its place there (<see cref="CollectionFields"/>): what orders every collection, read once per view of the index.</summary>
    public const string CollectionEntry = "collection_entry";

    // ---- For the site's own use ----------------------------------------------------------------

    /// <summary>
    /// Title, summary, body and citation again, lowercased runs of letters, neither stemmed nor
    /// stored: the vocabulary "did you mean" draws from, so it suggests words as written ("pilots"),
    /// never stems ("pilot"). Documents only, no positions or norms: only which words occur, and how
    /// often, is read.
    /// </summary>
    public const string Spell = "spell";

    /// <summary>
    /// Stored only: the body as plain text, as the body field was analysed, for a result's snippet:
    /// the snippet's offsets are into this text. A list of hits read it from the record JSON and
    /// rendered its Markdown again for every hit, a fifth of a search (docs/performance.md); kept
    /// here, a hit reads it and stops before the record.
    /// </summary>
    public const string Plain = "plain";

    /// <summary>
    /// Stored only: the whole record as JSON (<see cref="RecordJson"/>), for the detail page. Always
    /// the document's last stored field, so a read of anything else stops before it
    /// (<see cref="StoredCards.Read(Lucene.Net.Index.IndexReader, int, ISet{string})"/>): it is by far the largest.
    /// </summary>
    public const string Record = "record";

    // ---- How fields are analysed, weighed and named in queries --------------------------------

    /// <summary>How a field's text becomes terms; every field not named in <see cref="AnalysisOf"/> is <see cref="Analysis.English"/>.</summary>
    public enum Analysis
    {
        /// <summary>English words, each as written and stemmed, stop words kept (<see cref="ArchiveAnalyzer"/>).</summary>
        English,

        /// <summary>The whole value as one term, as written (ids, authority ids).</summary>
        Keyword,

        /// <summary>The whole value as one term, lowercased (a language).</summary>
        LowercaseKeyword,

        /// <summary>
        /// Runs of letters, lowercased: as <see cref="Querying.QueryWords"/> reads a query's words, so
        /// both sides agree, and a character tokenizer costs a fraction of StandardTokenizer's grammar.
        /// </summary>
        Letters,
    }

    /// <summary>The fields whose analysis is not English.</summary>
    public static readonly IReadOnlyDictionary<string, Analysis> AnalysisOf = new Dictionary<string, Analysis>(StringComparer.Ordinal)
    {
        [Id] = Analysis.Keyword,
        [Person] = Analysis.Keyword,
        [Language] = Analysis.LowercaseKeyword,
        [Collection] = Analysis.LowercaseKeyword,
        [Spell] = Analysis.Letters,
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
        ["collection"] = Collection,
        [DatePrefix] = DatePrefix,
        [MentionedPrefix] = MentionedPrefix,
    };

    // ---- Stored sets: which stored fields each kind of read loads (never more than it shows) ----

    /// <summary>A search result: its card, and the body's plain text for the snippet; no record JSON.</summary>
    public static readonly ISet<string> HitFields = new HashSet<string>([Id, Title, Summary, Plain, DateText, DateIso]);

    /// <summary>A card in a list of related records, replies or a thread: no record JSON.</summary>
    public static readonly ISet<string> CardFields = new HashSet<string>([Id, Title, Summary, DateText, DateIso, InReplyTo, ReplyReason, Thread]);

    /// <summary>The text fields whose matches are marked in results and on the detail page.</summary>
    public static readonly ISet<string> HighlightedFields = new HashSet<string>([Title, Summary, Body]);

    // ---- How a match is scored ----------------------------------------------------------------

    /// <summary>
    /// BM25 for every field, at writing (the norms) and at searching alike. Lucene 4.8's default,
    /// TF-IDF, lets a word repeated on a long page outweigh the same word in a short one and ignores
    /// how much of a field the matches cover; BM25 saturates a word's count (k1) and weighs it by
    /// the field's length against the average (b). Its parameters are <see cref="Ranking"/>'s.
    /// </summary>
    public static Similarity Similarity { get; } = Ranking.Default.Similarity();

    // ---- Lucene field types that are not Lucene's own ------------------------------------------

    /// <summary>
    /// The body's type: analysed, not stored, offsets in the postings, and a term vector of its words
    /// (<see cref="Body"/>). A snippet needs where the query's few words stand in one record: with the
    /// offsets in the postings, that is a seek per word (as Lucene's PostingsHighlighter reads them),
    /// where the term vector had to decode every word of the record first, a third of a result
    /// list's time. The vector, without offsets, keeps the record's words and counts for "related documents".
    /// </summary>
    public static readonly FieldType BodyType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS,
        StoreTermVectors = true,
    });

    /// <summary>The spelling vocabulary's type: documents only, no norms, not stored (<see cref="Spell"/>).</summary>
    public static readonly FieldType SpellType = Frozen(new FieldType(TextField.TYPE_NOT_STORED)
    {
        IndexOptions = IndexOptions.DOCS_ONLY,
        OmitNorms = true,
    });

    /// <summary>A facet value: a term to filter by, and doc values to count with (<see cref="Facets"/>).</summary>
    public static IEnumerable<Field> FacetValue(string field, string value) =>
        [new StringField(field, value, Field.Store.NO), new SortedSetDocValuesField(field, new BytesRef(value))];

    /// <summary>A field type made read-only, as Lucene's own static types are.</summary>
    public static FieldType Frozen(FieldType type)
    {
        type.Freeze();
        return type;
    }
}
