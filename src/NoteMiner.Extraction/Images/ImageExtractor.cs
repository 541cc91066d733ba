using NoteMiner.Extraction.Ocr;

namespace NoteMiner.Extraction.Images;

/// <summary>
/// Reads PNG, JPEG and TIFF (single and multi-page) files by OCR: one page per image or TIFF frame, boxes in
/// image pixels. Frames beyond <see cref="ExtractionLimits.MaxPages"/> are dropped with a diagnostic.
/// </summary>
public sealed class ImageExtractor : IDocumentExtractor
{
    private readonly IOcrEngine _ocr;

    public ImageExtractor(IOcrEngine ocr)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        _ocr = ocr;
    }

    /// <inheritdoc/>
    public IReadOnlyList<DocumentKind> Kinds { get; } = [DocumentKind.Png, DocumentKind.Jpeg, DocumentKind.Tiff];

    /// <inheritdoc/>
    public ExtractedDocument Extract(string path, ExtractionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var kind = FormatSniffer.FromExtension(path);
        var bytes = File.ReadAllBytes(path);
        var diagnostics = new List<Diagnostic>();
        var frames = 1;
        if (kind == DocumentKind.Tiff)
        {
            var found = TiffFrames.Count(bytes, options.Limits.MaxPages);
            if (found.Count == 0)
            {
                return ExtractedDocument.Failed(path, kind, new Diagnostic(path, DiagnosticKind.Corrupt, "corrupt TIFF: no readable frame"));
            }

            frames = found.Count;
            if (found.OverLimit)
            {
                diagnostics.Add(new Diagnostic(path, DiagnosticKind.LimitExceeded,
                    $"more than {options.Limits.MaxPages} frames; only the first {options.Limits.MaxPages} were read") { Skipped = false });
            }
            else if (found.Broken)
            {
                diagnostics.Add(new Diagnostic(path, DiagnosticKind.Corrupt,
                    $"corrupt TIFF: the frame list breaks off after frame {found.Count}") { Skipped = false });
            }
        }

        var images = Enumerable.Range(0, frames).Select(f => new PageImage(f + 1, bytes) { Frame = f }).ToList();
        var outcomes = _ocr.Recognize(path, images, options, cancellationToken);
        var pages = outcomes.Where(o => o.Page is not null).Select(o => o.Page!).ToList();
        // Losing every page loses the file; losing some pages loses only those.
        diagnostics.AddRange(outcomes.Where(o => o.Diagnostic is not null).Select(o => o.Diagnostic! with { Skipped = pages.Count == 0 }));
        return new ExtractedDocument(path, kind, pages, diagnostics);
    }
}
