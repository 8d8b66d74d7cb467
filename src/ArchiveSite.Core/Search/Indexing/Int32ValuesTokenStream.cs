using Lucene.Net.Analysis;
using Lucene.Net.Documents;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArchiveSite.Core.Search.Indexing;

/// <summary>
/// Many Int32 values of one field as one reusable token stream: for each value, the same trie terms an
/// <see cref="Int32Field"/> indexes, so <see cref="Lucene.Net.Search.NumericRangeQuery"/> finds them
/// alike. One Int32Field per value creates a NumericTokenStream per value, and each creation
/// looks up its attribute classes under a process-wide lock; a record mentions five days on
/// average, so at archive scale that was a measurable share of indexing and the main point where
/// the indexing threads waited on each other. The record's own date uses it too; each indexing
/// thread keeps its streams (<see cref="NumericStreams"/>), and their attributes come from
/// <see cref="CachedAttributeFactory"/>, so no indexing thread waits on that lock.
/// </summary>
internal sealed class Int32ValuesTokenStream : TokenFilter
{
    private static readonly FieldType Type = IndexSchema.Frozen(new FieldType
    {
        IsIndexed = true,
        IsTokenized = true,
        OmitNorms = true,
        IndexOptions = IndexOptions.DOCS_ONLY,
    });

    private readonly NumericTokenStream numbers;
    private IReadOnlyList<int> values = [];
    private int next;

    public Int32ValuesTokenStream()
        : this(new NumericTokenStream(CachedAttributeFactory.Instance, NumericUtils.PRECISION_STEP_DEFAULT))
    {
    }

    private Int32ValuesTokenStream(NumericTokenStream numbers)
        : base(numbers) => this.numbers = numbers;

    /// <summary>
    /// An indexed, unstored field holding <paramref name="values"/>, read from this stream when the
    /// field is indexed: a stream is reused for the next record only after this one was added
    /// (Lucene resets a stream before reading it, as it does an analyzer's).
    /// </summary>
    public Field Field(string name, IReadOnlyList<int> values)
    {
        this.values = values;
        return new Field(name, this, Type);
    }

    public override bool IncrementToken()
    {
        while (!m_input.IncrementToken())
        {
            if (next == values.Count)
            {
                return false;
            }

            StartValue();
        }

        return true;
    }

    public override void Reset()
    {
        next = 0;
        if (values.Count > 0)
        {
            StartValue();
        }
    }

    private void StartValue()
    {
        numbers.SetInt32Value(values[next++]);
        numbers.Reset();
    }
}

/// <summary>
/// The numeric token streams one indexing thread reuses, one per numeric field of a record, so that
/// a record's numbers cost no token stream of their own: Lucene.Net registers every new stream's
/// attributes in shared tables, which took a tenth of an indexing thread's time.
/// </summary>
internal sealed class NumericStreams
{
    public Int32ValuesTokenStream DateStart { get; } = new();

    public Int32ValuesTokenStream DateEnd { get; } = new();

    public Int32ValuesTokenStream MentionedDay { get; } = new();
}

/// <summary>
/// Lucene's default attribute factory, with the class it picks for each attribute looked up once:
/// the default looks it up under a process-wide lock on every token stream created, which costs
/// most when a token stream is created per field, as numeric fields are.
/// </summary>
internal sealed class CachedAttributeFactory : AttributeSource.AttributeFactory
{
    public static readonly CachedAttributeFactory Instance = new();

    public override Lucene.Net.Util.Attribute CreateAttributeInstance<T>() => Cache<T>.Create();

    private static class Cache<T>
        where T : IAttribute
    {
        private static readonly Type Class = DEFAULT_ATTRIBUTE_FACTORY.CreateAttributeInstance<T>().GetType();

        public static Lucene.Net.Util.Attribute Create() => (Lucene.Net.Util.Attribute)Activator.CreateInstance(Class)!;
    }
}
