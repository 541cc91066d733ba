namespace NoteMiner.Pipeline.Sampling;

/// <summary>
/// A drawn sample: the folder, the seed, how many charts were asked for and how many there were, and the chart
/// folders drawn in draw order (fewer than requested when the folder holds fewer).
/// </summary>
public sealed record ChartSample(string Folder, ulong Seed, int Requested, int Population, IReadOnlyList<string> Drawn)
{
    /// <summary>The drawn charts in ordinal name order, the order they are audited and reported in.</summary>
    public IReadOnlyList<string> Sorted => Drawn.Order(StringComparer.Ordinal).ToList();
}
