namespace NoteMiner.Audit.Elements;

/// <summary>Patient-specific facts that make a passage evidence rather than boilerplate.</summary>
internal enum SpecificityFeature
{
    ReasonedNegative,
    MeasurableTarget,
    Score,
    Dose,
    NamedPerson,
    NamedAgency,
    ElementDetail,
    Date,
    TimeFrame,
    ConcreteDetail,
    Role,

    /// <summary>A passage with many content words: detailed rather than a stock phrase.</summary>
    Detailed,
}
