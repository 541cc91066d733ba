namespace NoteMiner.Audit.Charts;

/// <summary>Reads a table row with its column headings, so that cells say what they hold.</summary>
internal static class TableCells
{
    /// <summary>
    /// "Date: 04/06/2026; Activity: call; Minutes: 12" for a row under "Date | Activity | Minutes"; the passage
    /// text itself when it has no headings or the cell counts differ.
    /// </summary>
    public static string Label(Passage passage)
    {
        ArgumentNullException.ThrowIfNull(passage);
        if (passage.TableHeader is not { } header)
        {
            return passage.Text;
        }

        var names = Cells(header);
        var values = Cells(passage.Text);
        if (names.Count < 2 || names.Count != values.Count)
        {
            return passage.Text;
        }

        return string.Join("; ", names.Zip(values).Where(c => c.Second.Length > 0).Select(c => c.First.Length > 0 ? $"{c.First}: {c.Second}" : c.Second));
    }

    private static List<string> Cells(string row) =>
        row.Trim().Trim('|').Split('|').Select(c => c.Trim()).ToList();
}
