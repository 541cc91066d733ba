namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// Stands in where no OCR engine is wired: every page it is given is lost with a diagnostic, so text pages of
/// the same document are still read.
/// </summary>
public sealed class UnavailableOcrEngine : IOcrEngine
{
    /// <summary>The one instance; the engine holds no state.</summary>
    public static UnavailableOcrEngine Instance { get; } = new();

    /// <summary>One outcome per image, each a diagnostic that the page was not recognised.</summary>

    public IReadOnlyList<OcrOutcome> Recognize(
        string file, IReadOnlyList<PageImage> images, ExtractionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(images);
        return images.Select(image => new OcrOutcome(image.PageNumber, null, new Diagnostic(
            file, DiagnosticKind.OcrFailed, "scanned page not recognised (no OCR engine configured)")
        {
            Page = image.PageNumber,
            Skipped = false,
        })).ToList();
    }
}
