using System.Collections.Concurrent;
using System.Security.Cryptography;
using System.Text;
using ArchiveSite.Core.Documents;

namespace ArchiveSite.Core.Names.Lists;

/// <summary>
/// The volumes' own lists: each FRUS volume's "List of Names" (its people gathered across volumes,
/// <see cref="ListedPeople"/>) and its "Abbreviations and Terms". Configured files, merged at
/// start; a record of a listed volume is tagged at indexing with the listed people it names
/// (<see cref="FindMentions"/>), so they are found by <c>person:</c> and have pages, and its page
/// explains the abbreviations its text uses (<see cref="TermsOf"/>). Built once; thread-safe.
/// </summary>
public sealed class NameLists
{
    private readonly Dictionary<string, ListedPerson> _byId;
    private readonly ILookup<string, (ListedPerson Person, PrintedName Printed)> _byVolume;
    private readonly ConcurrentDictionary<string, VolumeMentions> _matchers = new(StringComparer.Ordinal);
    private readonly ILookup<string, ListedTerm> _terms;

    /// <summary>Lists of <paramref name="people"/> and <paramref name="terms"/>.</summary>
    public NameLists(IReadOnlyList<ListedPerson> people, IReadOnlyList<ListedTerm> terms)
    {
        People = people;
        Terms = terms;
        _byId = people.ToDictionary(p => p.Id, StringComparer.Ordinal);
        _byVolume = people.SelectMany(p => p.Roles.Select(r => (Volume: r.Volume, Entry: (p, r.Printed)))).ToLookup(x => x.Volume, x => x.Entry, StringComparer.Ordinal);
        _terms = terms.ToLookup(t => t.Volume, StringComparer.Ordinal);
        Fingerprint = people.Count + terms.Count == 0 ? "" : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(string.Join('\n',
            people.SelectMany(p => p.Roles.Select(r => $"{p.Id}\t{r.Volume}\t{r.Printed.Printed}\t{r.VolumeId}"))))))[..16];
    }

    /// <summary>No lists: the seeds, and any archive that is not FRUS.</summary>
    public static NameLists Empty { get; } = new([], []);

    /// <summary>Every listed person, by id.</summary>
    public IReadOnlyList<ListedPerson> People { get; }

    /// <summary>Every listed term of every volume.</summary>
    public IReadOnlyList<ListedTerm> Terms { get; }

    /// <summary>A hash of who is listed in which volume: records are tagged by it, so an index built with other lists is rebuilt. Empty for no lists.</summary>
    public string Fingerprint { get; }

    /// <summary>The listed person with this id, or null.</summary>
    public ListedPerson? Find(string id) => _byId.GetValueOrDefault(id);

    /// <summary>The volume's abbreviations and terms, as printed, in the list's order.</summary>
    public IEnumerable<ListedTerm> TermsOf(string volume) => _terms[volume];

    private readonly ConcurrentDictionary<string, VolumeTerms> _explainers = new(StringComparer.Ordinal);

    /// <summary>The volume's terms ready to explain a text (built at first use, kept); null for a volume without a list.</summary>
    public VolumeTerms? ExplainerOf(string? volume) =>
        volume is null || !_terms.Contains(volume) ? null : _explainers.GetOrAdd(volume, v => new VolumeTerms(_terms[v]));

    /// <summary>The people <paramref name="volume"/>'s list names, found in <paramref name="text"/> (see <see cref="VolumeMentions"/>); none for a volume without a list.</summary>
    public IEnumerable<NameMention> FindMentions(string? volume, string text) =>
        volume is null || !_byVolume.Contains(volume) ? [] : _matchers.GetOrAdd(volume, v => new VolumeMentions(_byVolume[v])).Find(text);

    /// <summary>
    /// Reads the configured files: every person file's entries gathered into people (the
    /// <paramref name="authority"/>'s people keep their ids), and every term file's terms.
    /// </summary>
    public static NameLists Load(IEnumerable<string> personFiles, IEnumerable<string> termFiles, IReadOnlyList<Person> authority)
    {
        var entries = personFiles.SelectMany(path => ListFile.ReadFile(path, ListFile.ReadPersons)).ToArray();
        var terms = termFiles.SelectMany(path => ListFile.ReadFile(path, ListFile.ReadTerms)).ToArray();
        return new NameLists(ListedPeople.Group(entries, authority), terms);
    }

    /// <summary>
    /// The volume a record belongs to, as the lists name volumes: the part of its history.state.gov
    /// address before the document (<c>…/historicaldocuments/frus1961-63v06/d12</c>); null for any other record.
    /// </summary>
    public static string? VolumeOf(ArchiveDocument document)
    {
        if (!Uri.TryCreate(document.Citation.SourceUrl, UriKind.Absolute, out var uri))
        {
            return null;
        }

        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        return segments.Length >= 3 && string.Equals(segments[^3], "historicaldocuments", StringComparison.OrdinalIgnoreCase) ? segments[^2] : null;
    }
}
