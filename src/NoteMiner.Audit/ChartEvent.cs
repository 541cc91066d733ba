namespace NoteMiner.Audit;

/// <summary>
/// A hospitalization, ED visit or other significant change. <see cref="Date"/> is the admission (or event) date,
/// null when only a recent, undated mention was found; <see cref="Revision"/> is the plan revision covering it.
/// </summary>
public sealed record ChartEvent(ChartEventType Type, DateOnly? Date, Evidence Evidence)
{
    public EventRevision? Revision { get; init; }
}
