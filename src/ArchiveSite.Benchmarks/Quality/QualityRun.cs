namespace ArchiveSite.Benchmarks.Quality;

/// <summary>What a run measured, as <c>run.json</c> keeps it for the report's heading.</summary>
/// <param name="Source">Where the records came from.</param>
/// <param name="Records">How many records both engines held.</param>
/// <param name="PerFamily">Queries asked per generated family.</param>
/// <param name="Seed">The seed of the families' random choices.</param>
/// <param name="Date">The day of the run (UTC), ISO.</param>
internal sealed record QualityRun(string Source, int Records, int PerFamily, int Seed, string Date);
