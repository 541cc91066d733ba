namespace NoteMiner.Extraction.Pdf;

/// <summary>The stretches of the u axis covered by a set of fragments, merged and sorted.</summary>
internal sealed class Coverage
{
    private readonly List<(double Lo, double Hi)> _spans;

    private Coverage(List<(double Lo, double Hi)> spans)
    {
        _spans = spans;
    }

    public static Coverage Of(IEnumerable<TextFragment> fragments) => new Coverage([]).With(fragments);

    /// <summary>A new coverage that also holds <paramref name="fragments"/>.</summary>
    public Coverage With(IEnumerable<TextFragment> fragments)
    {
        var spans = new List<(double Lo, double Hi)>(_spans);
        foreach (var fragment in fragments)
        {
            spans.Add((fragment.U0, fragment.U1));
        }

        spans.Sort(static (a, b) => a.Lo.CompareTo(b.Lo));
        var merged = new List<(double Lo, double Hi)>(spans.Count);
        foreach (var span in spans)
        {
            if (merged.Count > 0 && span.Lo <= merged[^1].Hi)
            {
                merged[^1] = (merged[^1].Lo, Math.Max(merged[^1].Hi, span.Hi));
            }
            else
            {
                merged.Add(span);
            }
        }

        return new Coverage(merged);
    }

    /// <summary>The middles of the uncovered gaps at least <paramref name="minWidth"/> wide.</summary>
    public List<double> Gutters(double minWidth)
    {
        var gutters = new List<double>();
        for (var i = 1; i < _spans.Count; i++)
        {
            if (_spans[i].Lo - _spans[i - 1].Hi >= minWidth)
            {
                gutters.Add((_spans[i].Lo + _spans[i - 1].Hi) / 2);
            }
        }

        return gutters;
    }
}
