namespace NoteMiner;

/// <summary>Where a passage stands: file, 1-based page, inclusive line range, box, and how the text was read.</summary>
public sealed record SourceLocation(
    string File,
    int Page,
    int FirstLine,
    int LastLine,
    BoundingBox Box,
    PageSource Source,
    double? OcrConfidence = null);
