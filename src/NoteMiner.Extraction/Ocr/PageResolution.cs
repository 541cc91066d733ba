namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// The resolution Tesseract is told a page has. Tesseract sizes its expectations of glyphs by it and warns when
/// it is missing, so a plausible value is always given.
/// </summary>
internal static class PageResolution
{
    private const int Lowest = 70;
    private const int Highest = 1200;

    /// <summary>
    /// From the page size in points when known (a rendered PDF page), else the resolution the image declares,
    /// else a guess from its size: 300 dpi for a full-page scan, 150 for anything smaller.
    /// </summary>
    public static int Choose(int width, int height, int declaredDpi, double? pageWidthPoints)
    {
        if (pageWidthPoints is > 0 and var points)
        {
            var fromPage = (int)Math.Round(width * 72.0 / points);
            if (fromPage is >= Lowest and <= Highest)
            {
                return fromPage;
            }
        }

        if (declaredDpi is >= Lowest and <= Highest)
        {
            return declaredDpi;
        }

        return Math.Max(width, height) >= 2400 ? 300 : 150;
    }
}
