using System.Globalization;

namespace NoteMiner.Composer.Citations;

/// <summary>How letters write locations: <c>care_plan.pdf, p. 2, lines 14–15</c>.</summary>
public static class CitationFormat
{
    /// <summary><c>line 7</c> or <c>lines 14–15</c>.</summary>
    public static string Lines(int first, int last) =>
        first == last
            ? string.Create(CultureInfo.InvariantCulture, $"line {first}")
            : string.Create(CultureInfo.InvariantCulture, $"lines {first}–{last}");

    /// <summary><c>care_plan.pdf, p. 2, lines 14–15</c>, with <c> (OCR)</c> when the page was OCRed.</summary>
    public static string Location(string displayName, int page, int first, int last, PageSource source) =>
        string.Create(CultureInfo.InvariantCulture, $"{displayName}, p. {page}, {Lines(first, last)}")
        + (source == PageSource.Ocr ? " (OCR)" : "");

    /// <summary>Pages as ranges: <c>p. 2</c>, <c>pp. 1–3, 5</c>.</summary>
    public static string Pages(IEnumerable<int> pages)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var sorted = pages.Distinct().Order().ToList();
        var ranges = new List<string>();
        for (var i = 0; i < sorted.Count;)
        {
            var j = i;
            while (j + 1 < sorted.Count && sorted[j + 1] == sorted[j] + 1)
            {
                j++;
            }

            ranges.Add(i == j
                ? sorted[i].ToString(CultureInfo.InvariantCulture)
                : string.Create(CultureInfo.InvariantCulture, $"{sorted[i]}–{sorted[j]}"));
            i = j + 1;
        }

        return (sorted.Count == 1 ? "p. " : "pp. ") + string.Join(", ", ranges);
    }
}
