using NoteMiner.Audit;

namespace NoteMiner.Pipeline;

/// <summary>How charts are analysed in a batch. Change with <c>with { … }</c>.</summary>
public sealed record ChartAnalysisOptions
{
    public static ChartAnalysisOptions Default { get; } = new();

    /// <summary>Documents analysed at once.</summary>
    public int Parallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>The SQLite file analyses are kept in; null runs without a cache.</summary>
    public string? CachePath { get; init; }

    /// <summary>Size limits, applied before a file is hashed for the cache.</summary>
    public ExtractionLimits Limits { get; init; } = ExtractionLimits.Default;

    public AuditOptions Audit { get; init; } = AuditOptions.Default;
}
