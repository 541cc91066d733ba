namespace NoteMiner.Audit;

/// <summary>
/// One checklist line: an element's status, a score (0–1; present ≥ 0.5 &gt; weak &gt; missing = 0), a short
/// human reason, and the evidence best first.
/// </summary>
public sealed record ElementFinding(
    ElementLabel Element,
    ElementStatus Status,
    double Score,
    string Reason,
    IReadOnlyList<Evidence> Evidence)
{
    /// <summary>Blank, "N/A" or "not assessed" fields for the element: never evidence, shown so an auditor can find them.</summary>
    public IReadOnlyList<Evidence> Negated { get; init; } = [];
}
