using NoteMiner.Audit;
using NoteMiner.Composer.Citations;

namespace NoteMiner.Composer.Readiness;

/// <summary>
/// A significant event and the plan revision that covers it. <see cref="EventCitation"/> quotes the event itself
/// (null when its quote did not verify); the event counts as revised only with a verified revision quote.
/// </summary>
internal sealed record EventCase(
    ChartEventType Type,
    DateOnly? Date,
    Citation? EventCitation,
    DateOnly? RevisionDate,
    Citation? RevisionCitation)
{
    public bool Revised => RevisionDate is not null && RevisionCitation is not null;
}
