namespace NoteMiner.Security.Tests.Corpus;

/// <summary>One file (or folder entry) of the bad-input corpus and what NoteMiner must make of it.</summary>
/// <param name="Path">Where it is, as the CLI will name it.</param>
/// <param name="Outcome">Whether it is skipped, partly read or read.</param>
/// <param name="Kind">The diagnostic kind expected (JSON <c>kind</c>), or null when any kind will do or none is due.</param>
/// <param name="What">What is wrong with it, for assertion messages.</param>
internal sealed record BadInput(string Path, BadInputOutcome Outcome, string? Kind, string What);
