namespace NoteMiner.Audit;

/// <summary>The dated plan revision that covers an event: on or after it, and saying what changed.</summary>
public sealed record EventRevision(DateOnly Date, Evidence Evidence);
