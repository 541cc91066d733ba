using NoteMiner.Audit.Charts;

namespace NoteMiner.Audit.Sharing;

/// <summary>
/// Rule 4: when and how the plan was shared and whether it was agreed. Offers ("copy available on request",
/// "will be shared") are not sharing. The latest dated mention wins; on the same day the most complete one.
/// </summary>
internal static class PlanSharingRule
{
    public static PlanSharing? Find(ChartFacts chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var best = chart.Passages
            .Where(p => !p.Negation.Negated && p.IsCandidateFor(ElementLabel.PlanShared))
            .Select(p => (Passage: p, Mention: SharingCues.Analyze(p.Text, p.DocumentDate)))
            .Where(x => x.Mention.Shared)
            .OrderByDescending(x => x.Mention.Date ?? DateOnly.MinValue)
            .ThenByDescending(x => x.Mention.Completeness)
            .ThenBy(x => x.Passage, PassageFacts.ByLocation)
            .FirstOrDefault();
        if (best.Passage is null)
        {
            return null;
        }

        var (passage, mention) = best;
        var evidence = EvidenceFactory.From(passage, passage.Candidates[ElementLabel.PlanShared]);
        return new PlanSharing(mention.Date, mention.Method, mention.Agreed, evidence);
    }
}
