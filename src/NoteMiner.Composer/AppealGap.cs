namespace NoteMiner.Composer;

/// <summary>
/// Something the denial turns on that the chart does not support: the element or check (<see cref="Item"/>, e.g.
/// <c>goals</c> or <c>revision after hospitalization 2026-02-10</c>), what is wrong, and what would need to be
/// found in the chart. No chart text.
/// </summary>
public sealed record AppealGap(string Item, string Problem, string Need)
{
    /// <summary>The line printed on stderr after <c>noteminer: &lt;chart&gt;: </c>.</summary>
    public override string ToString() => $"{Item}: {Problem}; needs {Need}";
}
