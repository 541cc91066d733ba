using NoteMiner.Audit.Charts;

namespace NoteMiner.Audit.Sharing;

/// <summary>
/// Rule 4: when and how the plan was shared and whether it was agreed. Offers ("copy available on request",
/// "will be shared") are not sharing. The latest hand-off wins; of mentions within a week of it, the most complete one.
/// </summary>
internal static class PlanSharingRule
{
    private const int SameHandOffDays = 7;

    public static PlanSharing? Find(ChartFacts chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        var shared = chart.Passages
            .Where(p => !p.Negation.Negated && p.IsCandidateFor(ElementLabel.PlanShared))
            .Select(p => (Passage: p, Mention: SharingCues.Analyze(p.Text, p.DocumentDate)))
            .Where(x => x.Mention.Shared)
            .ToList();
        // Mentions a few days apart report one hand-off (a log row, the note itself): the fullest account wins.
        var latest = shared.Select(x => x.Mention.Date ?? DateOnly.MinValue).DefaultIfEmpty(DateOnly.MinValue).Max();
        var best = shared
            .Where(x => (x.Mention.Date ?? DateOnly.MinValue) >= (latest == DateOnly.MinValue ? latest : latest.AddDays(-SameHandOffDays)))
            .OrderByDescending(x => x.Mention.Completeness)
            .ThenByDescending(x => x.Mention.Date ?? DateOnly.MinValue)
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
