namespace NoteMiner.Classifier.Segmentation;

/// <summary>How pages are cut into passages. Change with <c>with { … }</c>.</summary>
public sealed record SegmentationOptions
{
    public static SegmentationOptions Default { get; } = new();

    /// <summary>Emit section headers as passages of kind <see cref="PassageKind.Header"/> (they are context, not evidence).</summary>
    public bool IncludeHeaders { get; init; }

    /// <summary>Keep running page headers and footers (<see cref="LineStyle.PageFurniture"/>) as passages.</summary>
    public bool IncludePageFurniture { get; init; }

    /// <summary>
    /// A paragraph longer than this many lines is cut after the next line that ends a sentence, so one passage
    /// does not mix several topics.
    /// </summary>
    public int MaxParagraphLines { get; init; } = 6;

    /// <summary>Longest line (in characters) that can be a header.</summary>
    public int MaxHeaderLength { get; init; } = 60;

    /// <summary>A line whose font is at least this many times the body size is a header candidate.</summary>
    public double LargerFontRatio { get; init; } = 1.15;
}
