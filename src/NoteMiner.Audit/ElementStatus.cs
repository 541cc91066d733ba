namespace NoteMiner.Audit;

/// <summary>How well a chart documents an element. JSON names are lower case.</summary>
public enum ElementStatus
{
    /// <summary>Specific, patient-specific evidence.</summary>
    Present,

    /// <summary>Only generic, boilerplate or vague text.</summary>
    Weak,

    /// <summary>Absent, blank, "N/A" without a reason, not assessed, deferred or not performed.</summary>
    Missing,
}
