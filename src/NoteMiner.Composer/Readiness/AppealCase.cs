using NoteMiner.Composer.Citations;

namespace NoteMiner.Composer.Readiness;

/// <summary>
/// Everything a letter may assert, all of it verified against the extracted text, and what is missing.
/// <see cref="Events"/> is empty when the denial does not turn on revisions.
/// </summary>
internal sealed record AppealCase(
    IReadOnlyList<ElementCase> Elements,
    IReadOnlyList<EventCase> Events,
    SharingCase? Sharing,
    IReadOnlyList<AppealGap> Gaps,
    IReadOnlyList<DroppedCitation> Dropped)
{
    /// <summary>Every quote the letter may print, in letter order, one per location and element.</summary>
    public IReadOnlyList<Citation> Citations =>
        Elements.Where(e => e.Supported).SelectMany(e => e.Citations)
            .Concat(Events.Where(e => e.Revised).SelectMany(e => new[] { e.EventCitation, e.RevisionCitation }).OfType<Citation>())
            .Concat(Sharing is { } sharing ? [sharing.Citation] : [])
            .ToList();
}
