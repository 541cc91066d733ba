namespace NoteMiner.Audit;

/// <summary>
/// The audit of one chart (CONTRACT.md, <c>noteminer.audit/1</c>): the checklist, events and whether the plan
/// was revised after each (null without events), plan sharing (null when not found) and templated evidence.
/// </summary>
public sealed record CarePlanAudit(
    string Chart,
    IReadOnlyList<DocumentSummary> Documents,
    IReadOnlyList<ElementFinding> Elements,
    IReadOnlyList<ChartEvent> Events,
    bool? RevisedAfterEvent,
    PlanSharing? PlanShared,
    IReadOnlyList<TemplatedMatch> Templated)
{
    /// <summary>Passages whose text was not found verbatim at their location; never used as evidence.</summary>
    public int UnverifiedPassages { get; init; }

    /// <summary>The finding for <paramref name="element"/>.</summary>
    public ElementFinding this[ElementLabel element] => Elements.First(e => e.Element == element);
}
