using NoteMiner.Audit.Boilerplate;
using NoteMiner.Audit.Charts;

namespace NoteMiner.Audit.Elements;

/// <summary>
/// One non-negated passage judged as evidence for one element: specific or not, why, and whether it is templated.
/// <see cref="Strength"/> orders evidence: confidence × specificity, halved for templated text.
/// </summary>
internal sealed record EvidenceAssessment(
    PassageFacts Passage,
    double Confidence,
    double Specificity,
    bool Specific,
    string Reason,
    IReadOnlyList<TemplateLink> Templates)
{
    public bool Templated => Templates.Count > 0;

    /// <summary>The passage shows the element was not done (its gate excludes it); see <see cref="GateResult.Excludes"/>.</summary>
    public bool Excluded { get; init; }

    /// <summary>Counts towards <see cref="ElementStatus.Present"/>: specific and not templated.</summary>
    public bool Qualifies => Specific && !Templated;

    public double Strength => Confidence * (0.3 + 0.7 * Specificity) * (Templated ? 0.5 : 1);

    /// <summary>Qualifying first, then strongest, then document order.</summary>
    public static IComparer<EvidenceAssessment> BestFirst { get; } = Comparer<EvidenceAssessment>.Create((a, b) =>
    {
        var qualifies = b.Qualifies.CompareTo(a.Qualifies);
        if (qualifies != 0)
        {
            return qualifies;
        }

        var strength = b.Strength.CompareTo(a.Strength);
        return strength != 0 ? strength : PassageFacts.ByLocation.Compare(a.Passage, b.Passage);
    });
}
