using System.Text;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Finds running headers and footers: lines in the top or bottom margin band whose text, digits masked, recurs
/// on most pages ("Page 3 of 7", the practice's name, a fax banner). Marks them, or drops them and renumbers.
/// </summary>
internal static class PageFurniture
{
    public static IReadOnlyList<Page> Apply(IReadOnlyList<Page> pages, bool drop)
    {
        var withText = pages.Count(p => p.Lines.Count > 0);
        if (withText < 2)
        {
            return pages;
        }

        var pagesPerKey = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var page in pages)
        {
            foreach (var key in page.Lines.Select(l => KeyOf(page, l)).OfType<string>().Distinct())
            {
                pagesPerKey[key] = pagesPerKey.GetValueOrDefault(key) + 1;
            }
        }

        var furniture = pagesPerKey.Where(kv => kv.Value >= 2 && kv.Value * 2 >= withText).Select(kv => kv.Key).ToHashSet();
        if (furniture.Count == 0)
        {
            return pages;
        }

        return pages.Select(page => Apply(page, furniture, drop)).ToList();
    }

    private static Page Apply(Page page, HashSet<string> furniture, bool drop)
    {
        var lines = new List<Line>(page.Lines.Count);
        foreach (var line in page.Lines)
        {
            var isFurniture = KeyOf(page, line) is { } key && furniture.Contains(key);
            if (isFurniture && drop)
            {
                continue;
            }

            var style = isFurniture ? line.Style | LineStyle.PageFurniture : line.Style;
            lines.Add(line with { Number = lines.Count + 1, Style = style });
        }

        return page with { Lines = lines };
    }

    /// <summary>The band and masked text of a line in a margin band; null for a line in the body of the page.</summary>
    private static string? KeyOf(Page page, Line line)
    {
        var band = page.Height * PageGlyphs.MarginBand;
        var where = line.Box.Y1 <= band ? 't' : line.Box.Y0 >= page.Height - band ? 'b' : '\0';
        if (where == '\0')
        {
            return null;
        }

        var key = new StringBuilder(line.Text.Length + 2).Append(where).Append(':');
        var previous = ' ';
        foreach (var c in line.Text)
        {
            var masked = char.IsDigit(c) ? '#' : char.IsWhiteSpace(c) ? ' ' : char.ToLowerInvariant(c);
            if (masked is '#' or ' ' && masked == previous)
            {
                continue;
            }

            key.Append(masked);
            previous = masked;
        }

        return key.ToString();
    }
}
