using NoteMiner.Audit.Boilerplate;
using NoteMiner.Audit.Charts;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// Rule 1: an element is present when a non-negated, non-templated candidate passage is specific; weak when
/// candidates exist but are only generic, vague or templated; missing otherwise (with the blank or "not
/// assessed" field as the reason when there is one). Score: present 0.5–1, weak below 0.5, missing 0.
/// </summary>
internal static class ElementStatusRule
{
    public static ElementFinding Evaluate(
        ElementLabel element,
        ChartFacts chart,
        IReadOnlyDictionary<int, IReadOnlyList<TemplateLink>> templated,
        IReadOnlyList<string> chartIds,
        bool chartHasEvents,
        AuditOptions options)
    {
        var candidates = chart.Passages.Where(p => p.IsCandidateFor(element)).ToList();
        var all = candidates
            .Where(p => !p.Negation.Negated)
            .Select(p => EvidenceAssessor.Assess(element, p, templated.GetValueOrDefault(p.Index) ?? [], options))
            .Order(EvidenceAssessment.BestFirst)
            .ToList();
        // "Reviewed, no changes" and "copy available on request" say the element was not done: like a negated
        // field they are listed, not counted.
        var assessed = all.Where(a => !a.Excluded).ToList();
        var excluded = all.Where(a => a.Excluded).ToList();
        var negated = candidates.Where(p => p.Negation.Negated).Order(PassageFacts.ByLocation).ToList();

        var evidence = assessed.Take(options.MaxEvidencePerElement)
            .Select(a => EvidenceFactory.From(a.Passage, a.Confidence, a.Templated, a.Specific)).ToList();
        var negatedEvidence = excluded.Select(a => a.Passage).Concat(negated).Take(options.MaxEvidencePerElement)
            .Select(p => EvidenceFactory.From(p, p.Candidates[element], specific: false)).ToList();

        var (status, score, reason) = assessed.Count == 0 && excluded.Count > 0
            ? (ElementStatus.Missing, 0, excluded[0].Reason)
            : Judge(element, assessed, negated, chartIds, chartHasEvents);
        return new ElementFinding(element, status, Math.Round(score, 2, MidpointRounding.AwayFromZero), reason, evidence)
        {
            Negated = negatedEvidence,
        };
    }

    private static (ElementStatus Status, double Score, string Reason) Judge(
        ElementLabel element,
        List<EvidenceAssessment> assessed,
        List<PassageFacts> negated,
        IReadOnlyList<string> chartIds,
        bool chartHasEvents)
    {
        if (assessed.Count > 0 && assessed[0].Qualifies)
        {
            return (ElementStatus.Present, 0.5 + 0.5 * assessed[0].Strength, assessed[0].Reason);
        }

        if (assessed.Count > 0)
        {
            var strongest = assessed.Max(a => a.Strength);
            var score = Math.Min(0.49, 0.5 * strongest);
            var template = assessed.Where(a => a.Templated).SelectMany(a => a.Templates)
                .OrderByDescending(t => t.Similarity).ThenBy(t => chartIds[t.OtherChart], StringComparer.Ordinal)
                .FirstOrDefault();
            return template is not null && (assessed.Any(a => a.Specific) || assessed.All(a => a.Templated))
                ? (ElementStatus.Weak, score, $"only templated text, also in chart {chartIds[template.OtherChart]}")
                : (ElementStatus.Weak, score, assessed[0].Reason);
        }

        if (negated.Count > 0)
        {
            return (ElementStatus.Missing, 0, negated[0].Negation.Reason);
        }

        return element == ElementLabel.PlanRevision && !chartHasEvents
            ? (ElementStatus.Missing, 0, "not found in chart (no events found that require one)")
            : (ElementStatus.Missing, 0, "not found in chart");
    }
}
