namespace NoteMiner.Extraction.Pdf;

/// <summary>Marks lines set noticeably larger than the body text as headings.</summary>
internal static class HeadingStyle
{
    /// <summary>A heading is at least this much larger than the body size, as a ratio and in points.</summary>
    private const double MinRatio = 1.15;

    private const double MinPoints = 1.0;

    /// <summary>A page with fewer letters takes the document's body size: a cover page is mostly headings.</summary>
    private const int MinLettersForPageBody = 200;

    public static Page Mark(Page page, SizeHistogram pageSizes, double? documentBody)
    {
        var body = pageSizes.Total >= MinLettersForPageBody ? pageSizes.Dominant() : documentBody ?? pageSizes.Dominant();
        if (body is not { } bodySize)
        {
            return page;
        }

        var lines = page.Lines
            .Select(line => line.FontSize is { } size && size >= bodySize * MinRatio && size - bodySize >= MinPoints
                ? line with { Style = line.Style | LineStyle.Heading }
                : line)
            .ToList();
        return page with { Lines = lines };
    }
}
