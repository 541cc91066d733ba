namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Decides whether parts side by side are columns of running text (read one after the other) or the cells of a
/// table or form (read row by row). Parts whose lines do not share baselines cannot be table rows; parts whose
/// lines do are columns only when each is wide and its lines run to its right edge, as wrapped text does.
/// Labels, dates and short values never fill their column, so forms and tables are read across.
/// </summary>
internal static class ColumnTest
{
    /// <summary>At most this many columns of running text; more parts side by side are a table.</summary>
    private const int MaxColumns = 3;

    /// <summary>A column of running text is at least this many font sizes wide.</summary>
    private const double MinColumnWidth = 10;

    private const double FilledShare = 0.6;

    /// <summary>A step down this many times the usual line step is a paragraph break.</summary>
    private const double ParagraphStep = 1.3;

    public static bool AreColumns(List<List<TextFragment>> parts, double size)
    {
        var rows = new List<List<List<TextFragment>>>(parts.Count);
        foreach (var part in parts)
        {
            var partRows = ReadingOrder.Rows(part);
            if (partRows.Count < 2)
            {
                return false;
            }

            rows.Add(partRows);
        }

        if (AlignedShare(rows, size) < 0.5)
        {
            return true;
        }

        if (parts.Count > MaxColumns)
        {
            return false;
        }

        foreach (var partRows in rows)
        {
            if (partRows.Count < 3 || !IsRunningText(partRows, size))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The share of the shortest part's lines that have a line at the same baseline in another part.</summary>
    private static double AlignedShare(List<List<List<TextFragment>>> rows, double size)
    {
        var shortest = rows.MinBy(r => r.Count)!;
        var aligned = 0;
        foreach (var row in shortest)
        {
            var baseline = row[0].Baseline;
            foreach (var other in rows)
            {
                if (!ReferenceEquals(other, shortest) && other.Exists(r => Math.Abs(r[0].Baseline - baseline) <= 0.3 * size))
                {
                    aligned++;
                    break;
                }
            }
        }

        return (double)aligned / shortest.Count;
    }

    private static bool IsRunningText(List<List<TextFragment>> rows, double size)
    {
        var left = rows.Min(r => r[0].U0);
        var right = rows.Max(r => r[^1].U1);
        var width = right - left;
        if (width < MinColumnWidth * size)
        {
            return false;
        }

        // The last line of a paragraph is short; every other line of wrapped text reaches the right edge. A
        // paragraph ends at the part's last line and before a wider than usual step down to the next line.
        var step = MedianStep(rows);
        var inner = 0;
        var filled = 0;
        for (var i = 0; i < rows.Count - 1; i++)
        {
            if (rows[i + 1][0].Baseline - rows[i][0].Baseline > ParagraphStep * step)
            {
                continue;
            }

            inner++;
            filled += rows[i][^1].U1 >= right - (0.2 * width) ? 1 : 0;
        }

        return inner > 0 && filled >= FilledShare * inner;
    }

    private static double MedianStep(List<List<TextFragment>> rows)
    {
        var steps = new double[rows.Count - 1];
        for (var i = 0; i < steps.Length; i++)
        {
            steps[i] = rows[i + 1][0].Baseline - rows[i][0].Baseline;
        }

        Array.Sort(steps);
        return steps[steps.Length / 2];
    }
}
