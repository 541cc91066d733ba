namespace NoteMiner.Pipeline;

/// <summary>
/// The cache key besides a file's content hash: <see cref="ModelId"/> names the model's bytes and
/// <see cref="PipelineVersion"/> the code and options that extract, segment and classify.
/// </summary>
public sealed record AnalyzerFingerprint(string ModelId, string PipelineVersion);
