namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// Stands in where no OCR engine is wired: every page it is given is lost with a diagnostic, so text pages of
/// the same document are still read.
/// </summary>
public sealed class UnavailableOcrEngine : IOcrEngine
{
    public static UnavailableOcrEngine Instance { get; } = new();

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
