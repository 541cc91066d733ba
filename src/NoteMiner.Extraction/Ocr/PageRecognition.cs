using NoteMiner.Extraction.Ocr.Native;

namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// Recognises one decoded page with one <see cref="TesseractInstance"/>, turning it upright first when it is
/// sideways or upside down.
/// </summary>
/// <remarks>
/// Orientation detection costs a fair share of a recognition, and almost every page is upright, so it runs
/// only on doubt: a page read as it is with a mean word confidence under <see cref="DoubtfulConfidence"/>
/// (upright pages of the corpus read at 87–96, upside-down or 270° ones at 39–46; Tesseract's own layout
/// analysis already reads 90° pages) is checked with Tesseract's orientation detector, turned, read again, and
/// the better-read version kept.
/// </remarks>
internal static class PageRecognition
{
    public const double DoubtfulConfidence = 70;

    /// <summary>Orientation margin Tesseract must reach before a page is turned (15 is "reasonably confident").</summary>
    private const double MinOrientationConfidence = 2.0;

    /// <summary>The lines read and the clockwise quarter turns applied first; null when the page was abandoned.</summary>
    public static (IReadOnlyList<RecognizedLine> Lines, int QuarterTurns)? Read(
        TesseractInstance instance, PixHandle pix, int dpi, bool detectOrientation, PageBudget budget)
    {
        var lines = instance.Recognize(pix, dpi, budget);
        if (lines is null)
        {
            return null;
        }

        var confidence = MeanConfidence(lines);
        if (!detectOrientation || confidence is not < DoubtfulConfidence)
        {
            return (lines, 0);
        }

        var turns = instance.DetectQuarterTurns(pix, dpi, MinOrientationConfidence);
        if (turns == 0)
        {
            return (lines, 0);
        }

        using var upright = Leptonica.pixRotateOrth(pix, turns);
        if (upright.IsInvalid)
        {
            return (lines, 0);
        }

        var turned = instance.Recognize(upright, dpi, budget);
        if (turned is null)
        {
            // Over budget on the second reading: the first one is most likely garbage, so the page is lost.
            return budget.IsExhausted ? null : (lines, 0);
        }

        return MeanConfidence(turned) > confidence ? (turned, turns) : (lines, 0);
    }

    /// <summary>The mean word confidence, or null for a page without words.</summary>
    private static double? MeanConfidence(IReadOnlyList<RecognizedLine> lines)
    {
        var words = lines.SelectMany(l => l.Words).ToList();
        return words.Count > 0 ? words.Average(w => w.Confidence ?? 0) : null;
    }
}
