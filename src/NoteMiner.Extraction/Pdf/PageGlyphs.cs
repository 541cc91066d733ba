using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using PdfPage = UglyToad.PdfPig.Content.Page;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// The visible letters of a page, grouped by reading direction, and the counts that tell a text page from a
/// scanned one. Invisible text (rendering mode 3, e.g. the hidden layer of an OCRed scan) is counted, not kept.
/// </summary>
internal sealed class PageGlyphs
{
    /// <summary>Share of the page height at the top and bottom that holds running headers, footers and fax lines.</summary>
    public const double MarginBand = 0.1;

    private PageGlyphs(List<Glyph>[] byDirection, int interiorLetters, int invisibleLetters)
    {
        ByDirection = byDirection;
        InteriorLetters = interiorLetters;
        InvisibleLetters = invisibleLetters;
    }

    /// <summary>Visible glyphs per <see cref="TextDirection"/>, in content order.</summary>
    public IReadOnlyList<List<Glyph>> ByDirection { get; }

    /// <summary>Visible letters and digits whose baseline lies between the top and bottom margin bands.</summary>
    public int InteriorLetters { get; }

    public int InvisibleLetters { get; }

    public static PageGlyphs Read(PdfPage page, DisplaySpace space)
    {
        // Nearly every page reads left to right: sizing that list once avoids regrowing a large-object-heap array.
        var letters = page.Letters;
        var byDirection = new List<Glyph>[TextFrames.Count];
        byDirection[0] = new List<Glyph>(letters.Count);
        for (var i = 1; i < byDirection.Length; i++)
        {
            byDirection[i] = [];
        }

        var boldFonts = new Dictionary<string, bool>(StringComparer.Ordinal);
        var band = space.Height * MarginBand;
        var interior = 0;
        var invisible = 0;
        var direction = TextDirection.LeftToRight;
        foreach (var letter in letters)
        {
            var text = Clean(letter.Value);
            if (text.Length == 0)
            {
                continue;
            }

            var isSpace = string.IsNullOrWhiteSpace(text);
            if (letter.RenderingMode is TextRenderingMode.Neither or TextRenderingMode.NeitherClip)
            {
                invisible += isSpace ? 0 : 1;
                continue;
            }

            var (sx, sy) = space.Map(letter.StartBaseLine);
            var (ex, ey) = space.Map(letter.EndBaseLine);
            direction = TextFrames.Classify(ex - sx, ey - sy, direction);
            var (u0, v) = TextFrames.ToFrame(direction, sx, sy);
            var (u1, _) = TextFrames.ToFrame(direction, ex, ey);
            var size = SizeOf(letter);
            if (u1 - u0 < 1e-3)
            {
                // A zero-advance glyph still occupies room; half an em keeps it inside its word.
                u1 = u0 + (size * 0.5);
            }

            if (!isSpace && sy >= band && sy <= space.Height - band && CountsAsLetter(text))
            {
                interior++;
            }

            var bold = !isSpace && IsBold(letter, boldFonts);
            byDirection[(int)direction].Add(new Glyph(text, u0, u1, v, size, bold, isSpace, byDirection[(int)direction].Count));
        }

        return new PageGlyphs(byDirection, interior, invisible);
    }

    private static string Clean(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return "";
        }

        foreach (var c in value)
        {
            if (char.IsControl(c))
            {
                return string.Concat(value.Where(ch => !char.IsControl(ch)));
            }
        }

        return value;
    }

    private static bool CountsAsLetter(string text)
    {
        foreach (var c in text)
        {
            if (char.IsLetterOrDigit(c))
            {
                return true;
            }
        }

        return false;
    }

    private static double SizeOf(Letter letter)
    {
        var size = letter.PointSize;
        if (!double.IsFinite(size) || size < 0.5)
        {
            size = letter.FontSize;
        }

        return double.IsFinite(size) && size >= 0.5 ? Math.Min(size, 500) : 10;
    }

    private static bool IsBold(Letter letter, Dictionary<string, bool> cache)
    {
        var name = letter.FontName ?? "";
        if (!cache.TryGetValue(name, out var bold))
        {
            var details = letter.FontDetails;
            bold = name.Contains("Bold", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Black", StringComparison.OrdinalIgnoreCase)
                || name.Contains("Heavy", StringComparison.OrdinalIgnoreCase)
                || (details is not null && (details.IsBold || details.Weight >= 700));
            cache[name] = bold;
        }

        return bold;
    }
}
