using ArchiveSite.Core.Names;
using Lucene.Net.Search;

namespace ArchiveSite.Core.Search.Querying;

/// <summary>A researcher's query read into a Lucene query, or the reason it cannot be.</summary>
/// <param name="Query">The Lucene query; null when there was no text or on error.</param>
/// <param name="Error">What is wrong and how to write it instead.</param>
/// <param name="Notices">How parts of the query were read (an unknown field prefix searched as words, say).</param>
/// <param name="People">People of the names authority the query named.</param>
internal sealed record TranslatedQuery(Query? Query, string? Error, IReadOnlyList<string> Notices, IReadOnlyList<Person> People);
