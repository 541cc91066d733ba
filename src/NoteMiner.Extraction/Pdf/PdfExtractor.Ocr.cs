using NoteMiner.Extraction.Ocr;

namespace NoteMiner.Extraction.Pdf;

public sealed partial class PdfExtractor
{
    /// <summary>
    /// Recognises every scanned page in one call (the engine parallelises) and places the recognised lines on
    /// the page: the engine scales boxes to the image's size in points, and the image's offset is added here.
    /// </summary>
    private List<Page> Recognize(
        string path,
        List<(PageImage Image, BoundingBox Box, Page TextLayer)> scans,
        ExtractionOptions options,
        List<Diagnostic> diagnostics,
        CancellationToken cancellationToken)
    {
        if (scans.Count == 0)
        {
            return [];
        }

        var outcomes = _ocr.Recognize(path, scans.Select(s => s.Image).ToList(), options, cancellationToken);
        var byPage = new Dictionary<int, OcrOutcome>();
        foreach (var outcome in outcomes)
        {
            byPage[outcome.PageNumber] = outcome;
        }

        var pages = new List<Page>(scans.Count);
        foreach (var (image, box, textLayer) in scans)
        {
            if (!byPage.TryGetValue(image.PageNumber, out var outcome))
            {
                diagnostics.Add(new Diagnostic(path, DiagnosticKind.OcrFailed, "no OCR result") { Page = image.PageNumber, Skipped = false });
                continue;
            }

            if (outcome.Diagnostic is { } problem)
            {
                diagnostics.Add(problem);
            }

            if (outcome.Page is { } recognised)
            {
                var lines = recognised.Lines.Select(l => l with
                {
                    Box = Shift(l.Box, box),
                    Words = l.Words?.Select(w => w with { Box = Shift(w.Box, box) }).ToList(),
                }).ToList();
                pages.Add(new Page(image.PageNumber, PageSource.Ocr, recognised.OcrConfidence, textLayer.Width, textLayer.Height, lines));
            }
        }

        return pages;
    }

    private static BoundingBox Shift(BoundingBox box, BoundingBox image) =>
        new(box.X0 + image.X0, box.Y0 + image.Y0, box.X1 + image.X0, box.Y1 + image.Y0);
}
