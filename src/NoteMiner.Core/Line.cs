namespace NoteMiner;

/// <summary>
/// One line of a page in reading order. <see cref="Number"/> is 1-based per page.
/// <see cref="Confidence"/> is the mean OCR word confidence (0–100), null for text-layer lines.
/// </summary>
public sealed record Line(int Number, string Text, BoundingBox Box)
{
    public double? Confidence { get; init; }

    public LineStyle Style { get; init; }

    /// <summary>The dominant font size in points, when the format knows it.</summary>
    public double? FontSize { get; init; }

    /// <summary>The words of the line, when the extractor keeps them (OCR always does).</summary>
    public IReadOnlyList<Word>? Words { get; init; }
}
