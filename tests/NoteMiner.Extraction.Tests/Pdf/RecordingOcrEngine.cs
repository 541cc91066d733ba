using NoteMiner.Extraction.Ocr;

namespace NoteMiner.Extraction.Tests.Pdf;

/// <summary>A fake OCR engine: records what it was asked for and answers each page with one known line.</summary>
internal sealed class RecordingOcrEngine : IOcrEngine
{
    public List<IReadOnlyList<PageImage>> Calls { get; } = [];

    public IReadOnlyList<PageImage> Images => Calls.SelectMany(c => c).ToList();

    /// <summary>Pages whose recognition fails with a diagnostic.</summary>
    public HashSet<int> Failing { get; init; } = [];

    public IReadOnlyList<OcrOutcome> Recognize(
        string file, IReadOnlyList<PageImage> images, ExtractionOptions options, CancellationToken cancellationToken)
    {
        Calls.Add(images);
        return images.Select(image => Failing.Contains(image.PageNumber)
            ? new OcrOutcome(image.PageNumber, null, new Diagnostic(file, DiagnosticKind.OcrFailed, "recognition failed")
            {
                Page = image.PageNumber,
                Skipped = false,
            })
            : new OcrOutcome(image.PageNumber, Recognised(image), null)).ToList();
    }

    private static Page Recognised(PageImage image)
    {
        var box = new BoundingBox(10, 20, 110, 32);
        var line = new Line(1, $"recognised page {image.PageNumber}", box)
        {
            Confidence = 91,
            Words = [new Word("recognised", box with { X1 = 60 }, 91)],
        };
        return new Page(image.PageNumber, PageSource.Ocr, 91, image.PageWidth ?? 0, image.PageHeight ?? 0, [line]);
    }
}
