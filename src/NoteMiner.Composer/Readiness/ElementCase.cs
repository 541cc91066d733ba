using NoteMiner.Audit;
using NoteMiner.Composer.Citations;

namespace NoteMiner.Composer.Readiness;

/// <summary>
/// What the appeal can say about one element the denial turns on: the audit's status and reason, and the
/// verified quotes. An element is argued only when it is present and at least one quote verified.
/// </summary>
internal sealed record ElementCase(ElementLabel Element, ElementStatus Status, string Reason, IReadOnlyList<Citation> Citations)
{
    public bool Supported => Status == ElementStatus.Present && Citations.Count > 0;
}
