using NoteMiner.Audit.Boilerplate;
using NoteMiner.Audit.Charts;

namespace NoteMiner.Audit.Elements;

/// <summary>Judges one passage as evidence for one element: gate, veto cues, then specificity.</summary>
internal static class EvidenceAssessor
{
    // A decisive gate (a real revision, a real hand-off) is specific whatever its wording.
    private const double DecisiveSpecificity = 0.7;

    public static EvidenceAssessment Assess(
        ElementLabel element, PassageFacts passage, IReadOnlyList<TemplateLink> templates, AuditOptions options)
    {
        var cues = ElementCues.For(element);
        var text = passage.AssessText;
        var specificity = SpecificityScorer.Score(text, element, passage.Negation.Reasoned);
        var gate = ElementGates.Check(element, text, passage.DocumentDate, options);
        var weak = cues.Weak.FirstOrDefault(w => w.Pattern.IsMatch(text));
        var confidence = passage.Candidates[element];

        var (specific, reason, score) =
            !gate.Pass ? (false, gate.Reason!, specificity.Score)
            : gate.Decisive ? (true, gate.Reason!, Math.Max(specificity.Score, DecisiveSpecificity))
            : weak is { Veto: true } ? (false, weak.Reason, specificity.Score)
            : specificity.Score >= options.SpecificThreshold ? (true, specificity.Describe(), specificity.Score)
            : (false, weak?.Reason ?? cues.VagueReason, specificity.Score);
        return new EvidenceAssessment(passage, confidence, score, specific, reason, templates) { Excluded = gate.Excludes };
    }
}
