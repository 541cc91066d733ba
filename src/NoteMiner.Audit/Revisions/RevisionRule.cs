using NoteMiner.Audit.Charts;
using NoteMiner.Audit.Events;

namespace NoteMiner.Audit.Revisions;

/// <summary>
/// Rule 3: the plan was revised after events when every event has a dated revision on or after it that says
/// what changed ("care plan reviewed, no changes" does not count). Null when the chart has no events.
/// An undated recent event must be covered by a revision on or after the note that reported it.
/// </summary>
internal static class RevisionRule
{
    public static (IReadOnlyList<ChartEvent> Events, bool? RevisedAfterEvent) Apply(
        ChartFacts chart, IReadOnlyList<DetectedEvent> events, AuditOptions options)
    {
        ArgumentNullException.ThrowIfNull(chart);
        ArgumentNullException.ThrowIfNull(events);
        var revisions = Revisions(chart, options);
        var result = new List<ChartEvent>(events.Count);
        foreach (var detected in events)
        {
            var revision = detected.CoverFrom is { } from
                ? revisions.FirstOrDefault(r => r.Date >= from)
                : null;
            result.Add(new ChartEvent(detected.Type, detected.Date, EvidenceFactory.From(detected.Passage, detected.Confidence))
            {
                Revision = revision,
            });
        }

        bool? revised = events.Count == 0 ? null : result.All(e => e.Revision is not null);
        return (result, revised);
    }

    /// <summary>Real revisions (dated, saying what changed), earliest first.</summary>
    private static List<EventRevision> Revisions(ChartFacts chart, AuditOptions options) =>
        chart.Passages
            .Where(p => !p.Negation.Negated && p.IsCandidateFor(ElementLabel.PlanRevision))
            .Select(p => (Passage: p, Mention: RevisionCues.Analyze(p.Text, p.DocumentDate, options.SpecificThreshold)))
            .Where(x => x.Mention.IsRevision)
            .OrderBy(x => x.Mention.Date).ThenBy(x => x.Passage, PassageFacts.ByLocation)
            .Select(x => new EventRevision(x.Mention.Date!.Value, EvidenceFactory.From(x.Passage, x.Passage.Candidates[ElementLabel.PlanRevision])))
            .ToList();
}
