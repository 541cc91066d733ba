namespace NoteMiner.Audit.Elements;

/// <summary>
/// An element-specific precondition. Failing makes the passage weak with <see cref="Reason"/>; a
/// <see cref="Decisive"/> pass makes it specific without looking at specificity.
/// </summary>
internal readonly record struct GateResult(bool Pass, bool Decisive, string? Reason)
{
    public static GateResult Open { get; } = new(true, false, null);

    public static GateResult Fail(string reason) => new(false, false, reason);

    /// <summary>Says the element was not done ("reviewed, no changes", "available on request"): it counts as missing.</summary>
    public static GateResult Exclude(string reason) => new(false, false, reason) { Excludes = true };

    /// <summary>True when the passage shows the element was not done rather than done vaguely.</summary>
    public bool Excludes { get; init; }

    public static GateResult Accept(string reason) => new(true, true, reason);
}
