namespace NoteMiner.Audit;

/// <summary>Kinds of significant change after which the care plan must be revised.</summary>
public enum ChartEventType
{
    /// <summary>An inpatient admission.</summary>
    Hospitalization,

    /// <summary>An emergency department visit.</summary>
    EdVisit,

    /// <summary>A new diagnosis, fall with injury, surgery, SNF/rehab discharge or new major medication.</summary>
    OtherChange,
}
