namespace NoteMiner.Audit.Elements;

/// <summary>
/// An element-specific precondition. Failing makes the passage weak with <see cref="Reason"/>; a
/// <see cref="Decisive"/> pass makes it specific without looking at specificity.
/// </summary>
internal readonly record struct GateResult(bool Pass, bool Decisive, string? Reason)
{
    public static GateResult Open { get; } = new(true, false, null);

    public static GateResult Fail(string reason) => new(false, false, reason);

    public static GateResult Accept(string reason) => new(true, true, reason);
}
