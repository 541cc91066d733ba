namespace NoteMiner.Audit.Boilerplate;

/// <summary>
/// Per item, its links to templated passages in other charts (best first); and how many candidate pairs LSH
/// proposed and were verified, which stays near-linear in the number of items.
/// </summary>
internal sealed record BoilerplateResult(IReadOnlyList<IReadOnlyList<TemplateLink>> Links, long VerifiedPairs);
