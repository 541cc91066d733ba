using NoteMiner.Audit.Boilerplate;
using NoteMiner.Audit.Charts;
using NoteMiner.Audit.Elements;
using NoteMiner.Audit.Events;
using NoteMiner.Audit.Revisions;
using NoteMiner.Audit.Sharing;

namespace NoteMiner.Audit;

/// <summary>
/// Audits charts against the CMS care-plan checklist: element status with evidence, events and revisions,
/// plan sharing, and boilerplate across the charts audited together. Stateless and deterministic: the same
/// charts in the same order give the same audits.
/// </summary>
public sealed class CarePlanAuditor
{
    public CarePlanAuditor(AuditOptions? options = null)
    {
        Options = options ?? AuditOptions.Default;
    }

    public AuditOptions Options { get; }

    /// <summary>Audits <paramref name="charts"/> together; one audit per chart, in input order.</summary>
    public IReadOnlyList<CarePlanAudit> Audit(IReadOnlyList<ChartInput> charts)
    {
        ArgumentNullException.ThrowIfNull(charts);
        if (charts.Any(c => c is null))
        {
            throw new ArgumentException("A chart is null.", nameof(charts));
        }

        var facts = charts.Select(c => ChartPreparer.Prepare(c, Options)).ToList();
        var chartIds = charts.Select(c => c.ChartId).ToList();
        var templated = BoilerplateRule.Detect(facts, Options);
        return facts.Select((chart, i) => AuditOne(chart, templated[i], chartIds)).ToList();
    }

    /// <summary>Audits one chart on its own (no boilerplate detection across charts).</summary>
    public CarePlanAudit Audit(ChartInput chart) => Audit([chart])[0];

    private CarePlanAudit AuditOne(
        ChartFacts chart, IReadOnlyDictionary<int, IReadOnlyList<TemplateLink>> templated, IReadOnlyList<string> chartIds)
    {
        var detected = EventRule.Find(chart, Options);
        var (events, revised) = RevisionRule.Apply(chart, detected, Options);
        var elements = ElementLabels.Checklist
            .Select(e => ElementStatusRule.Evaluate(e, chart, templated, chartIds, events.Count > 0, Options))
            .ToList();
        return new CarePlanAudit(
            chart.ChartId,
            chart.Input.Documents.Select(DocumentSummary.Of).ToList(),
            elements,
            events,
            revised,
            PlanSharingRule.Find(chart),
            BoilerplateRule.Matches(chart, templated, chartIds, Options))
        {
            UnverifiedPassages = chart.UnverifiedPassages,
        };
    }
}
