using NoteMiner.Audit.Charts;

namespace NoteMiner.Audit.Events;

/// <summary>
/// An event mention (or several merged): start and end dates (a stay's admission and discharge), and the date of
/// the document that reported it, which bounds an undated event from above.
/// </summary>
internal sealed record DetectedEvent(ChartEventType Type, DateOnly? Date, DateOnly? End, DateOnly? Reported, PassageFacts Passage, double Confidence)
{
    /// <summary>The earliest date a revision covering this event may carry.</summary>
    public DateOnly? CoverFrom => Date ?? Reported;
}
