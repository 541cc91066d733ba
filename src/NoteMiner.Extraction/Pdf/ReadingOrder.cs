namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Puts a page's fragments into the order a person reads them, as lines. A recursive X–Y cut: a region split
/// by a vertical gutter from top to bottom is read part by part when the parts are columns of running text,
/// and row by row when they are a table or a form (see <see cref="ColumnTest"/>); a region without a gutter
/// is cut into horizontal runs of lines that share one. PdfPig's Docstrum and reading-order detector were
/// tried first: they were 10–30 ms a page and read tables column by column.
/// </summary>
internal static class ReadingOrder
{
    /// <summary>A gutter is at least this share of the region's median font size wide.</summary>
    private const double GutterWidth = 0.9;

    /// <summary>Blank space taller than this share of the font size ends a run of lines (sections, footers).</summary>
    private const double SectionGap = 2.5;

    private const int MaxDepth = 40;

    /// <summary>The lines of the page in reading order, each its fragments from left to right.</summary>
    public static List<List<TextFragment>> Order(List<TextFragment> fragments)
    {
        var lines = new List<List<TextFragment>>();
        Cut(fragments, lines, 0);
        return lines;
    }

    /// <summary>Fragments grouped by baseline, top to bottom, each group left to right.</summary>
    public static List<List<TextFragment>> Rows(IEnumerable<TextFragment> fragments)
    {
        var sorted = fragments.ToList();
        sorted.Sort(static (a, b) => a.Baseline.CompareTo(b.Baseline));
        var rows = new List<List<TextFragment>>();
        List<TextFragment>? row = null;
        foreach (var fragment in sorted)
        {
            if (row is null || fragment.Baseline - row[0].Baseline > 0.5 * Math.Max(row[0].Size, fragment.Size))
            {
                row = [];
                rows.Add(row);
            }

            row.Add(fragment);
        }

        foreach (var r in rows)
        {
            r.Sort(static (a, b) => a.U0.CompareTo(b.U0));
        }

        return rows;
    }

    public static double MedianSize(IReadOnlyList<TextFragment> fragments)
    {
        var sizes = new double[fragments.Count];
        for (var i = 0; i < sizes.Length; i++)
        {
            sizes[i] = fragments[i].Size;
        }

        Array.Sort(sizes);
        return sizes.Length == 0 ? 10 : sizes[sizes.Length / 2];
    }

    private static void Cut(List<TextFragment> region, List<List<TextFragment>> lines, int depth)
    {
        if (region.Count == 0)
        {
            return;
        }

        var size = MedianSize(region);
        var strips = Strips(region);
        if (strips.Count == 1 || depth > MaxDepth)
        {
            lines.AddRange(Rows(region));
            return;
        }

        var gutters = Coverage.Of(region).Gutters(GutterWidth * size);
        if (gutters.Count > 0)
        {
            var parts = Split(region, gutters);
            if (ColumnTest.AreColumns(parts, size))
            {
                foreach (var part in parts)
                {
                    Cut(part, lines, depth + 1);
                }
            }
            else
            {
                lines.AddRange(Rows(region));
            }

            return;
        }

        foreach (var run in Runs(strips, size))
        {
            Cut(run, lines, depth + 1);
        }
    }

    /// <summary>
    /// Consecutive strips joined while together they keep a gutter, so that a stretch of two columns becomes one
    /// region under a full-width heading; a strip that leaves no gutter stands alone.
    /// </summary>
    private static List<List<TextFragment>> Runs(List<List<TextFragment>> strips, double size)
    {
        var runs = new List<List<TextFragment>>();
        var run = new List<TextFragment>(strips[0]);
        var coverage = Coverage.Of(strips[0]);
        var runBottom = CoreBottom(strips[0]);
        for (var i = 1; i < strips.Count; i++)
        {
            var strip = strips[i];
            var joined = coverage.With(strip);
            if (CoreTop(strip) - runBottom <= SectionGap * size && joined.Gutters(GutterWidth * size).Count > 0)
            {
                run.AddRange(strip);
                coverage = joined;
            }
            else
            {
                runs.Add(run);
                run = [.. strip];
                coverage = Coverage.Of(strip);
            }

            runBottom = CoreBottom(strip);
        }

        runs.Add(run);
        return runs;
    }

    /// <summary>Groups of fragments whose x-height bands overlap vertically, top to bottom.</summary>
    private static List<List<TextFragment>> Strips(List<TextFragment> region)
    {
        var sorted = region.ToList();
        sorted.Sort(static (a, b) => a.CoreTop.CompareTo(b.CoreTop));
        var strips = new List<List<TextFragment>>();
        var bottom = double.MinValue;
        foreach (var fragment in sorted)
        {
            if (strips.Count == 0 || fragment.CoreTop >= bottom)
            {
                strips.Add([]);
                bottom = fragment.CoreBottom;
            }

            strips[^1].Add(fragment);
            bottom = Math.Max(bottom, fragment.CoreBottom);
        }

        return strips;
    }

    private static List<List<TextFragment>> Split(List<TextFragment> region, List<double> gutters)
    {
        var parts = new List<List<TextFragment>>(gutters.Count + 1);
        for (var i = 0; i <= gutters.Count; i++)
        {
            parts.Add([]);
        }

        foreach (var fragment in region)
        {
            var index = 0;
            while (index < gutters.Count && fragment.U0 > gutters[index])
            {
                index++;
            }

            parts[index].Add(fragment);
        }

        return parts;
    }

    private static double CoreTop(List<TextFragment> strip) => strip.Min(f => f.CoreTop);

    private static double CoreBottom(List<TextFragment> strip) => strip.Max(f => f.CoreBottom);
}
