using System.Text.RegularExpressions;

namespace NoteMiner.Extraction;

/// <summary>
/// Marks the rows of a table drawn without rules, on a PDF's text layer or an OCR'd page: consecutive lines of three or more cells (words separated by
/// gaps much wider than a space) whose cells start at the same places. A neighbouring row whose cells fill their
/// columns (the gaps are narrow) joins the table when three or more of its words start on the table's columns.
/// Each row then becomes a passage of its own instead of the whole table reading as one paragraph; a form line of
/// "Label: value" fields is left a field. The text stays as the page has it.
/// </summary>
internal static partial class TableRows
{
    /// <summary>A gap between words this many font sizes wide separates two cells; a justified space is under one.</summary>
    private const double CellGapEms = 1.5;

    /// <summary>Two rows' cells line up when they start within this many font sizes of each other.</summary>
    private const double AlignmentEms = 1.0;

    /// <summary>Rows of one table are at most this many font sizes apart, baseline to baseline.</summary>
    private const double RowSpacingEms = 3.0;

    /// <summary>In a row whose cells fill their columns, a word after a gap this wide may start a cell.</summary>
    private const double NarrowGapEms = 0.5;

    private const int MinCells = 3;

    private const int MinSharedColumns = 2;

    public static Page Mark(Page page)
    {
        ArgumentNullException.ThrowIfNull(page);
        var lines = page.Lines;
        var form = lines.Select(IsFormField).ToArray();
        var starts = lines.Select((l, i) => form[i] ? [] : CellStarts(l, CellGapEms)).ToList();
        var isRow = new bool[lines.Count];
        for (var i = 0; i + 1 < lines.Count; i++)
        {
            if (starts[i].Count >= MinCells && starts[i + 1].Count >= MinCells &&
                IsNextRow(lines[i], lines[i + 1]) && SharedColumns(lines[i], starts[i], starts[i + 1]) >= MinSharedColumns)
            {
                isRow[i] = isRow[i + 1] = true;
            }
        }

        if (!isRow.Contains(true))
        {
            return page;
        }

        // Rows with narrow gaps join from either side of a table, as long as they keep lining up; a row that joins
        // takes on the table's columns, so the next one is measured against those and not its own narrow gaps.
        var narrow = lines.Select((l, i) => form[i] ? [] : CellStarts(l, NarrowGapEms)).ToList();
        for (var changed = true; changed;)
        {
            changed = false;
            for (var i = 0; i < lines.Count; i++)
            {
                var neighbour = isRow[i] ? -1 : JoinsTable(lines, starts, narrow, isRow, i, i - 1) ? i - 1 : JoinsTable(lines, starts, narrow, isRow, i, i + 1) ? i + 1 : -1;
                if (neighbour >= 0)
                {
                    isRow[i] = changed = true;
                    starts[i] = starts[neighbour];
                }
            }
        }

        return page with { Lines = lines.Select((line, i) => isRow[i] ? line with { Style = line.Style | LineStyle.TableRow } : line).ToList() };
    }

    /// <summary>Whether the line at <paramref name="candidate"/>, by its narrow-gap cell starts, continues the table row at <paramref name="row"/>.</summary>
    private static bool JoinsTable(IReadOnlyList<Line> lines, List<List<double>> starts, List<List<double>> narrow, bool[] isRow, int candidate, int row)
    {
        if (row < 0 || row >= lines.Count || !isRow[row])
        {
            return false;
        }

        var (upper, lower) = row < candidate ? (row, candidate) : (candidate, row);
        if (!IsNextRow(lines[upper], lines[lower]))
        {
            return false;
        }

        var shared = SharedColumns(lines[candidate], narrow[candidate], starts[row]);
        return narrow[candidate].Count >= MinCells && shared >= Math.Min(MinCells, starts[row].Count);
    }

    /// <summary>Where each cell of a line starts: the first word, and every word after a gap <paramref name="gapEms"/> font sizes wide.</summary>
    internal static List<double> CellStarts(Line line, double gapEms)
    {
        var starts = new List<double>();
        if (line.Words is not { Count: > 0 } words)
        {
            return starts;
        }

        var em = Em(line);
        var ordered = words.OrderBy(w => w.Box.X0).ToList();
        starts.Add(ordered[0].Box.X0);
        for (var i = 1; i < ordered.Count; i++)
        {
            if (ordered[i].Box.X0 - ordered[i - 1].Box.X1 >= gapEms * em)
            {
                starts.Add(ordered[i].Box.X0);
            }
        }

        return starts;
    }

    /// <summary>
    /// "Caregiver: Anna (daughter)   Phone: 555-0101   Lives with: pt": a form line of two or more fields stays a
    /// field, so its label is read and a value wrapped onto the next line still joins it. One cell with a colon
    /// ("Monthly call: weights, PHQ-9") does not make a table row a form.
    /// </summary>
    private static bool IsFormField(Line line) => FormField().Count(line.Text) >= 2;

    // A field label: a short run of words ending in a colon (not a clock time), at the start or after a space.
    [GeneratedRegex(@"(?<![\p{L}\p{N}])\p{L}[\p{L} /#.()'-]{0,30}:(?!\d)(?:\s|$)")]
    private static partial Regex FormField();

    private static bool IsNextRow(Line upper, Line lower)
    {
        var step = lower.Box.Y1 - upper.Box.Y1;
        return step > 0 && step <= RowSpacingEms * Math.Max(Em(upper), Em(lower));
    }

    private static int SharedColumns(Line line, List<double> starts, List<double> columns) =>
        starts.Count(x => columns.Any(y => Math.Abs(x - y) <= AlignmentEms * Em(line)));

    private static double Em(Line line) => line.FontSize is > 0 and var size ? size : Math.Max(1, line.Box.Height);
}
