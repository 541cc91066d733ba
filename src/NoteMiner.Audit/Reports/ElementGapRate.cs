namespace NoteMiner.Audit.Reports;

/// <summary>
/// How often one element is a gap (weak or missing) across a set of charts, and which charts are behind it.
/// Chart lists keep the order the charts were given in.
/// </summary>
public sealed record ElementGapRate(
    ElementLabel Element,
    int Charts,
    IReadOnlyList<string> PresentCharts,
    IReadOnlyList<string> WeakCharts,
    IReadOnlyList<string> MissingCharts)
{
    public int Present => PresentCharts.Count;

    public int Weak => WeakCharts.Count;

    public int Missing => MissingCharts.Count;

    /// <summary>Charts where the element is weak or missing.</summary>
    public int Gaps => Weak + Missing;

    /// <summary>Gaps over charts, 0–1; 0 for no charts.</summary>
    public double GapRate => Charts == 0 ? 0 : (double)Gaps / Charts;

    /// <summary>Missing over charts, 0–1; 0 for no charts.</summary>
    public double MissingRate => Charts == 0 ? 0 : (double)Missing / Charts;
}
