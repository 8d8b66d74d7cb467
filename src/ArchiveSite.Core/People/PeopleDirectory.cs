using ArchiveSite.Core.Names;
using ArchiveSite.Core.Names.Lists;
using ArchiveSite.Core.Search.Indexing;
using Lucene.Net.Index;
using Lucene.Net.Util;

namespace ArchiveSite.Core.People;

/// <summary>
/// Everyone the archive knows of, with what its records say of them: the authority's people and
/// the volumes' listed people its records mention, and every correspondent its titles name. Read
/// once per view of the index, in one pass over doc values (the From, To and Via facets, the
/// spellings of mentioned people, year and month), never a stored record; a person's page and the
/// list of people are then lookups. Thread-safe once built.
/// </summary>
/// <remarks>
/// A title names a correspondent by office as often as by name ("Chairman Khrushchev", "the
/// Ambassador in Japan (Allison)"). Where the record is tagged with exactly one person whose
/// family name the correspondent's words contain, the correspondent is that person, for that
/// record; otherwise the correspondent has a page of its own, under the name as written.
/// </remarks>
public sealed class PeopleDirectory
{
    private readonly Dictionary<string, PersonStats> _byId;
    private readonly Dictionary<string, string> _byCorrespondent;

    private readonly Dictionary<(string, string), List<PairedLetter>> _letters;

    private PeopleDirectory(IReadOnlyList<PersonStats> everyone, Dictionary<string, string> byCorrespondent, Dictionary<(string, string), List<PairedLetter>> letters)
    {
        Everyone = everyone;
        _byId = everyone.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _byCorrespondent = byCorrespondent;
        _letters = letters;
    }

    /// <summary>Everyone with at least one record, A–Z.</summary>
    public IReadOnlyList<PersonStats> Everyone { get; }

    /// <summary>The person or correspondent with this page id, or null.</summary>
    public PersonStats? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The page of the correspondent titles name so (the person it most often is), or null.</summary>
    public string? IdOfCorrespondent(string name) => _byCorrespondent.GetValueOrDefault(name);

    /// <summary>
    /// The records that went between the people with page ids <paramref name="a"/> and
    /// <paramref name="b"/>, either way, as document numbers of the view the directory was read
    /// from, in index order: each with whether <paramref name="a"/> sent it and whether it went
    /// through an intermediary (one of them passed it on, or it names a go-between). A lookup: the
    /// pairs were gathered in the same pass that counted everyone.
    /// </summary>
    public IReadOnlyList<(int Doc, bool FromA, bool Through)> LettersBetween(string a, string b)
    {
        var first = string.CompareOrdinal(a, b) <= 0;
        return _letters.TryGetValue(first ? (a, b) : (b, a), out var letters)
            ? letters.Select(l => (l.Doc, l.FromFirst == first, l.Through)).ToArray()
            : [];
    }

    /// <summary>Counts everyone over every live record of <paramref name="reader"/>.</summary>
    internal static PeopleDirectory Read(IndexReader reader, NameAuthority names)
    {
        var counting = new Counting(names);
        foreach (var leaf in reader.Leaves)
        {
            var segment = leaf.AtomicReader;
            var live = segment.LiveDocs;
            var senders = segment.GetSortedSetDocValues(Facets.Sender.Field);
            var recipients = segment.GetSortedSetDocValues(Facets.Recipient.Field);
            var via = segment.GetSortedSetDocValues(Facets.Via.Field);
            var spellings = segment.GetSortedSetDocValues(NameVariants.Dimension.Field);
            var years = segment.GetSortedSetDocValues(Facets.Year.Field);
            var months = segment.GetSortedSetDocValues(Facets.Month.Field);
            var dates = segment.GetNumericDocValues(IndexSchema.DateSort);
            var dated = segment.GetDocsWithField(IndexSchema.DateSort);
            for (var doc = 0; doc < segment.MaxDoc; doc++)
            {
                if (live is null || live.Get(doc))
                {
                    counting.Add(new RecordPeople(leaf.DocBase + doc, Values(senders, doc), Values(recipients, doc), Values(via, doc), Values(spellings, doc),
                        Values(years, doc).FirstOrDefault(), Values(months, doc).FirstOrDefault(), dated is not null && dated.Get(doc) ? (int)dates!.Get(doc) : 0));
                }
            }
        }

        var everyone = counting.Stats.Values.Where(p => p.Documents > 0)
            .OrderBy(p => p.SortKey, StringComparer.OrdinalIgnoreCase).ThenBy(p => p.Id, StringComparer.Ordinal).ToArray();
        var byCorrespondent = counting.Resolved.ToDictionary(kv => kv.Key, kv => kv.Value.MaxBy(r => r.Value).Key, StringComparer.Ordinal);
        return new PeopleDirectory(everyone, byCorrespondent, counting.Letters);
    }

    /// <summary>The values of document <paramref name="doc"/> of a segment in <paramref name="values"/>, decoded; none when the field is missing.</summary>
    internal static List<string> Values(SortedSetDocValues? values, int doc)
    {
        var read = new List<string>();
        if (values is null)
        {
            return read;
        }

        values.SetDocument(doc);
        var term = new BytesRef();
        for (var ord = values.NextOrd(); ord != SortedSetDocValues.NO_MORE_ORDS; ord = values.NextOrd())
        {
            values.LookupOrd(ord, term);
            read.Add(term.Utf8ToString());
        }

        return read;
    }

    /// <summary>What one record's doc values say about people.</summary>
    internal sealed record RecordPeople(int Doc, IReadOnlyList<string> Senders, IReadOnlyList<string> Recipients, IReadOnlyList<string> Via,
        IReadOnlyList<string> Spellings, string? Year, string? Month, int Day);

    /// <summary>A record between two people: its document number, whether the first of the pair (in ordinal order) sent it, and whether it went through a go-between.</summary>
    internal readonly record struct PairedLetter(int Doc, bool FromFirst, bool Through);

    /// <summary>The running counts of a <see cref="Read"/>.</summary>
    internal sealed class Counting(NameAuthority names)
    {
        private readonly Dictionary<string, Person> _byName = names.People.ToDictionary(p => p.Name, StringComparer.Ordinal);
        private readonly Dictionary<string, string?> _families = new(StringComparer.Ordinal);

        public Dictionary<string, PersonStats> Stats { get; } = new(StringComparer.Ordinal);

        /// <summary>Each correspondent's name, and whose page it was taken for in how many records.</summary>
        public Dictionary<string, Dictionary<string, int>> Resolved { get; } = new(StringComparer.Ordinal);

        private readonly Dictionary<string, string> _ownPages = new(StringComparer.Ordinal);

        /// <summary>Each pair of people (page ids, in ordinal order) and the records that went between them.</summary>
        public Dictionary<(string, string), List<PairedLetter>> Letters { get; } = [];

        public void Add(RecordPeople record)
        {
            var written = record.Spellings.Select(v => (Value: v, Id: v.Split(NameVariants.Separator, 2)[0])).ToArray();
            var mentioned = written.Select(w => OfPerson(w.Id)).Distinct().ToArray();
            foreach (var (value, id) in written)
            {
                Increment(Stats[id].Spellings, value);
            }

            var from = Resolve(record.Senders, mentioned, p => p.SentNames);
            var to = Resolve(record.Recipients, mentioned, p => p.ReceivedNames);
            var through = Resolve(record.Via, mentioned, p => p.ViaNames);
            foreach (var person in from.Concat(to).Concat(through).Concat(mentioned).Distinct())
            {
                person.Documents++;
                person.Sent += from.Contains(person) ? 1 : 0;
                person.Received += to.Contains(person) ? 1 : 0;
                person.Via += through.Contains(person) ? 1 : 0;
                person.Mentioned += mentioned.Contains(person) ? 1 : 0;
                if (record.Year is not null)
                {
                    Increment(person.Years, record.Year);
                }

                if (record.Month is not null)
                {
                    Increment(person.Months, record.Month);
                }

                if (record.Day != 0)
                {
                    person.First = person.First == 0 ? record.Day : Math.Min(person.First, record.Day);
                    person.Last = Math.Max(person.Last, record.Day);
                }

                foreach (var other in (from.Contains(person) ? to : []).Concat(to.Contains(person) ? from : []).Where(o => o != person).Distinct())
                {
                    Increment(person.Correspondents, other.Id);
                }
            }

            AddLetter(record, from, to, through);
        }

        /// <summary>
        /// Files the record under each pair it went between: a sender and a recipient; a sender and
        /// the go-between who took it to pass on; the go-between and the recipient it was passed to.
        /// A pair is filed once a record, in the first of those ways that joins them.
        /// </summary>
        private void AddLetter(RecordPeople record, PersonStats[] from, PersonStats[] to, PersonStats[] through)
        {
            var named = through.Length > 0;
            var pairs = from.SelectMany(s => to.Select(r => (s, r, named)))
                .Concat(from.SelectMany(s => through.Select(v => (s, v, true))))
                .Concat(through.SelectMany(v => to.Select(r => (v, r, true))));
            var filed = new HashSet<(string, string)>();
            foreach (var (sender, recipient, via) in pairs)
            {
                if (sender == recipient)
                {
                    continue;
                }

                var fromFirst = string.CompareOrdinal(sender.Id, recipient.Id) < 0;
                var key = fromFirst ? (sender.Id, recipient.Id) : (recipient.Id, sender.Id);
                if (!filed.Add(key))
                {
                    continue;
                }

                if (!Letters.TryGetValue(key, out var letters))
                {
                    Letters[key] = letters = [];
                }

                letters.Add(new PairedLetter(record.Doc, fromFirst, via));
            }
        }

        private PersonStats[] Resolve(IReadOnlyList<string> correspondents, PersonStats[] mentioned, Func<PersonStats, Dictionary<string, int>> asNamed)
        {
            var people = new List<PersonStats>();
            foreach (var name in correspondents)
            {
                var person = _byName.TryGetValue(name, out var known) ? OfPerson(known.Id)
                    : mentioned.Where(m => HasFamilyName(m, name)).ToArray() is [var only] ? only
                    : OwnPage(name);
                if (!people.Contains(person))
                {
                    people.Add(person);
                    Increment(asNamed(person), name);
                }

                if (!Resolved.TryGetValue(name, out var pages))
                {
                    Resolved[name] = pages = new Dictionary<string, int>(StringComparer.Ordinal);
                }

                Increment(pages, person.Id);
            }

            return people.ToArray();
        }

        /// <summary>True when <paramref name="correspondent"/> has the person's family name as a word of its own.</summary>
        private bool HasFamilyName(PersonStats person, string correspondent)
        {
            if (!_families.TryGetValue(person.Id, out var family))
            {
                _families[person.Id] = family = names.Lists.Find(person.Id)?.Family ?? names.Find(person.Id)?.Family;
            }

            if (family is null)
            {
                return false;
            }

            for (var at = correspondent.IndexOf(family, StringComparison.Ordinal); at >= 0; at = correspondent.IndexOf(family, at + 1, StringComparison.Ordinal))
            {
                var end = at + family.Length;
                if ((at == 0 || !char.IsLetter(correspondent[at - 1])) && (end == correspondent.Length || !char.IsLetter(correspondent[end])))
                {
                    return true;
                }
            }

            return false;
        }

        private PersonStats OfPerson(string personId)
        {
            if (Stats.TryGetValue(personId, out var known))
            {
                return known;
            }

            return Stats[personId] = names.Find(personId) is { } person
                ? new PersonStats(personId, person.Name, names.Lists.Find(personId) is { } listed ? SortKeyOf(listed) : SortKeyOf(person), personId)
                : new PersonStats(personId, personId, personId, personId);
        }

        /// <summary>
        /// A correspondent no list knows, under an id made from the name ("the Ambassador in Japan
        /// (Allison)": <c>the-ambassador-in-japan-allison</c>): hyphens, which no person's id has.
        /// </summary>
        private PersonStats OwnPage(string name)
        {
            if (_ownPages.TryGetValue(name, out var id))
            {
                return Stats[id];
            }

            var stem = ListedPeople.Slug(PrintedName.Fold(name), '-');
            stem = stem.Length == 0 ? "correspondent" : stem;
            var unique = stem;
            for (var n = 2; Stats.ContainsKey(unique) || names.Find(unique) is not null; n++)
            {
                unique = $"{stem}-{n}";
            }

            _ownPages[name] = unique;
            var sortKey = name.StartsWith("the ", StringComparison.OrdinalIgnoreCase) ? name[4..] : name;
            return Stats[unique] = new PersonStats(unique, name, sortKey, null);
        }

        private static void Increment(Dictionary<string, int> counts, string key) =>
            counts[key] = counts.GetValueOrDefault(key) + 1;

        /// <summary>A listed person files as their name is printed most, without its note: "Lodge, Henry Cabot, Jr.", "Mao Tse-tung".</summary>
        private static string SortKeyOf(ListedPerson person)
        {
            var printed = person.Roles.First(r => r.Printed.Printed == person.Printings[0]).Printed;
            return printed.FamilyFirst ? printed.Natural : $"{printed.Family}, {printed.Given}{(printed.Suffix is null ? "" : ", " + printed.Suffix)}".TrimEnd(' ', ',');
        }

        /// <summary>A person files under the family name: "Khrushchev, Nikita S.", "Kim Il Sung".</summary>
        private static string SortKeyOf(Person person) =>
            person.Family is { } family && person.Given is { } given && !person.FamilyFirst ? $"{family}, {given}" : person.Name;
    }
}
