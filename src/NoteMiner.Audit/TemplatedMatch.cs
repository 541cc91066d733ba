namespace NoteMiner.Audit;

/// <summary>Evidence for <see cref="Element"/> recurs nearly verbatim in <see cref="OtherChart"/>.</summary>
public sealed record TemplatedMatch(ElementLabel Element, string OtherChart, double Similarity);
