namespace NoteMiner.Pipeline.Batch;

/// <summary>How far a batch is: documents done of all, how many came from the cache, how many could not be read.</summary>
public readonly record struct BatchProgress(int Completed, int Total, int FromCache, int Failed);
