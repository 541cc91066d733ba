namespace NoteMiner;

/// <summary>
/// One page of a document. <see cref="OcrConfidence"/> is the mean word confidence (0–100) of an OCR page
/// and null for a text page. Width and height are in the page's own units (PDF points, image pixels).
/// </summary>
public sealed record Page(
    int Number,
    PageSource Source,
    double? OcrConfidence,
    double Width,
    double Height,
    IReadOnlyList<Line> Lines);
