namespace NoteMiner.Pipeline.Sampling;

/// <summary>
/// Draws a reproducible random sample of charts: the subfolders of a folder in ordinal name order, shuffled by a
/// seeded SplitMix64 Fisher–Yates. The draw for n is a prefix of the draw for n + 1 under the same seed, so a sample
/// can be extended without changing the charts already drawn.
/// </summary>
public static class ChartSampler
{
    /// <summary>The charts of <paramref name="folder"/>: its subfolders (hidden ones excluded), ordinal by name.</summary>
    public static IReadOnlyList<string> Population(string folder)
    {
        ArgumentException.ThrowIfNullOrEmpty(folder);
        var charts = Directory.GetDirectories(folder)
            .Where(d => !System.IO.Path.GetFileName(d).StartsWith('.'))
            .ToArray();
        Array.Sort(charts, StringComparer.Ordinal);
        return charts;
    }

    /// <summary>
    /// <paramref name="count"/> items drawn without replacement, in draw order; all of them (shuffled) when there are fewer.
    /// </summary>
    public static IReadOnlyList<T> Draw<T>(IReadOnlyList<T> population, int count, ulong seed)
    {
        ArgumentNullException.ThrowIfNull(population);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        var items = population.ToArray();
        var take = Math.Min(count, items.Length);
        var random = new SplitMix64(seed);
        for (var i = 0; i < take; i++)
        {
            var j = i + random.NextBelow(items.Length - i);
            (items[i], items[j]) = (items[j], items[i]);
        }

        return items[..take];
    }

    /// <summary>Draws from <paramref name="folder"/>'s charts.</summary>
    public static ChartSample Sample(string folder, int count, ulong seed)
    {
        var population = Population(folder);
        return new ChartSample(folder, seed, count, population.Count, Draw(population, count, seed));
    }
}
