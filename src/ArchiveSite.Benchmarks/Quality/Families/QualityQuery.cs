namespace ArchiveSite.Benchmarks.Quality.Families;

/// <summary>
/// One query of the evaluation, with its answer known: the words a researcher types, whether they
/// are typed as one quoted phrase, and the records that answer it. Both engines get the same
/// words: ours as <see cref="Text"/>, FTS5 as each word a quoted token (or one quoted phrase).
/// </summary>
/// <param name="Family">The family it belongs to (<see cref="FamilyNames"/>).</param>
/// <param name="Number">Its number in the family, from 1, in the order generated.</param>
/// <param name="Words">The words as typed: free of our query syntax (<see cref="ResearcherWords"/>).</param>
/// <param name="Quoted">True when the words are typed in double quotes, as one phrase.</param>
/// <param name="Relevant">The ids of the records that answer it (the known item, or the few sharing its key); empty for judged families.</param>
/// <param name="Intended">For a misspelt query, the words as they should have been typed; else null.</param>
internal sealed record QualityQuery(string Family, int Number, IReadOnlyList<string> Words, bool Quoted, IReadOnlyList<string> Relevant, IReadOnlyList<string>? Intended = null)
{
    /// <summary>A name unique in the run: <c>body-run/17</c>.</summary>
    public string Key => $"{Family}/{Number}";

    /// <summary>The query as typed into our search box.</summary>
    public string Text => Quoted ? "\"" + string.Join(' ', Words) + "\"" : string.Join(' ', Words);
}
