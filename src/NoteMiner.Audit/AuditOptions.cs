namespace NoteMiner.Audit;

/// <summary>Thresholds of the audit rules. Change with <c>with { … }</c>.</summary>
public sealed record AuditOptions
{
    public static AuditOptions Default { get; } = new();

    /// <summary>Lowest classifier score at which a passage counts for its label.</summary>
    public double MinClassifierScore { get; init; } = 0.5;

    /// <summary>Confidence given to a passage found by a high-precision keyword cue rather than the classifier.</summary>
    public double CueConfidence { get; init; } = 0.8;

    /// <summary>Lowest specificity (0–1) at which a passage is patient-specific evidence.</summary>
    public double SpecificThreshold { get; init; } = 0.35;

    /// <summary>Most evidence passages listed per element, best first.</summary>
    public int MaxEvidencePerElement { get; init; } = 5;

    /// <summary>Events of the same type whose dates lie within this many days are one event.</summary>
    public int EventMergeDays { get; init; } = 3;

    /// <summary>Events dated this many days before the chart's latest document are history, not events.</summary>
    public int EventLookbackDays { get; init; } = 365;

    /// <summary>Jaccard similarity of masked shingles at or above which two passages are the same template.</summary>
    public double TemplatedSimilarity { get; init; } = 0.9;

    /// <summary>Passages with fewer words are too short to call templated.</summary>
    public int MinTemplatedWords { get; init; } = 6;

    /// <summary>MinHash signature length; must be a multiple of <see cref="LshBands"/>.</summary>
    public int MinHashCount { get; init; } = 128;

    /// <summary>LSH bands; with 128 hashes, 16 bands of 8 rows make pairs below ~0.7 similarity rare candidates.</summary>
    public int LshBands { get; init; } = 16;

    /// <summary>Most passages per LSH bucket that others are verified against; keeps a huge template bucket linear.</summary>
    public int MaxBucketRepresentatives { get; init; } = 8;

    /// <summary>Most other charts listed per element in <see cref="CarePlanAudit.Templated"/>.</summary>
    public int MaxTemplatedChartsPerElement { get; init; } = 3;
}
