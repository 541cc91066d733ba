namespace NoteMiner.Extraction.Pdf;

/// <summary>Letters counted per font size (rounded to 0.5 pt); the dominant size is the body text size.</summary>
internal sealed class SizeHistogram
{
    private readonly Dictionary<double, int> _counts = [];

    public int Total { get; private set; }

    public void Add(double size, int count)
    {
        var key = Math.Round(size * 2) / 2;
        _counts[key] = _counts.GetValueOrDefault(key) + count;
        Total += count;
    }

    public void Add(SizeHistogram other)
    {
        foreach (var (size, count) in other._counts)
        {
            Add(size, count);
        }
    }

    /// <summary>The size with the most letters (the smaller on a tie); null when empty.</summary>
    public double? Dominant()
    {
        double? best = null;
        var bestCount = 0;
        foreach (var (size, count) in _counts)
        {
            if (count > bestCount || (count == bestCount && size < best))
            {
                best = size;
                bestCount = count;
            }
        }

        return best;
    }
}
