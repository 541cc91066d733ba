namespace NoteMiner.Audit;

/// <summary>
/// A verbatim quote from the chart: the passage's lines joined with single spaces, with file, 1-based page and
/// inclusive line range. <see cref="Confidence"/> is the classifier's (or keyword cue's) confidence, 0–1;
/// <see cref="OcrConfidence"/> the page's OCR confidence, 0–100, for OCR pages.
/// </summary>
public sealed record Evidence(
    string File,
    int Page,
    int FirstLine,
    int LastLine,
    string Text,
    PageSource Source,
    double Confidence,
    bool Templated)
{
    public double? OcrConfidence { get; init; }

    /// <summary>
    /// For an element's evidence: the passage is patient-specific on its own (templating aside). Evidence that
    /// is specific and not <see cref="Templated"/> is what supports a present element; the rest is listed for
    /// the auditor. Always true for event, revision and sharing evidence.
    /// </summary>
    public bool Specific { get; init; }
}
