namespace NoteMiner.Audit.Elements;

/// <summary>Why a passage does not count as evidence.</summary>
internal enum NegationKind
{
    None,

    /// <summary>A field with nothing after the label.</summary>
    Blank,

    /// <summary>"N/A", "none", "unknown" with no reason.</summary>
    NotApplicable,

    /// <summary>"not assessed", "not performed", "deferred", "pending" with nothing specific beside it.</summary>
    NotDone,

    /// <summary>The classifier flagged the passage as negated.</summary>
    Classifier,
}
