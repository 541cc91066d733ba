using NoteMiner.Extraction.Ocr;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Reads PDFs. Text pages become lines in reading order (columns one after the other, tables row by row) with
/// boxes in points from the top-left corner, font size, bold and heading hints; pages that are scans (almost
/// no visible letters between the margin bands, and a large image) are recognised by the OCR engine, all in
/// one call. Running headers and footers are marked or dropped. Encrypted, broken and oversized files, and
/// pages that cannot be read, become diagnostics. Stateless and thread-safe.
/// </summary>
public sealed partial class PdfExtractor : IDocumentExtractor
{
    private readonly IOcrEngine _ocr;

    /// <summary>Creates the extractor; <paramref name="ocr"/> recognises the scanned pages.</summary>
    public PdfExtractor(IOcrEngine ocr)
    {
        ArgumentNullException.ThrowIfNull(ocr);
        _ocr = ocr;
    }

    public IReadOnlyList<DocumentKind> Kinds { get; } = [DocumentKind.Pdf];

    public ExtractedDocument Extract(string path, ExtractionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        using var reader = new PdfPageReader(path, options.Limits);
        if (reader.Open() is { } openProblem)
        {
            return ExtractedDocument.Failed(path, DocumentKind.Pdf, openProblem);
        }

        var pageCount = reader.PageCount;
        if (pageCount > options.Limits.MaxPages)
        {
            return ExtractedDocument.Failed(path, DocumentKind.Pdf, new Diagnostic(
                path, DiagnosticKind.LimitExceeded, $"{pageCount} pages exceed the limit of {options.Limits.MaxPages}"));
        }

        if (pageCount == 0)
        {
            return ExtractedDocument.Failed(path, DocumentKind.Pdf, reader.Warnings.Count > 0
                ? new Diagnostic(path, DiagnosticKind.Corrupt, "corrupt or unreadable PDF (no pages found)")
                : new Diagnostic(path, DiagnosticKind.Empty, "has no pages"));
        }

        var diagnostics = new List<Diagnostic>(reader.Warnings);
        var textPages = new List<(Page Page, SizeHistogram Sizes)>();
        var scans = new List<(PageImage Image, BoundingBox Box, Page TextLayer)>();
        for (var number = 1; number <= pageCount; number++)
        {
            cancellationToken.ThrowIfCancellationRequested();
            var read = reader.Read(number);
            diagnostics.AddRange(read.Problems);
            if (read.Scan is { } scan)
            {
                scans.Add((scan, read.ScanBox, read.Text!.Value.Page));
            }
            else if (read.Text is { } text)
            {
                textPages.Add(text);
            }
        }

        var documentSizes = new SizeHistogram();
        textPages.ForEach(t => documentSizes.Add(t.Sizes));
        var pages = textPages.Select(t => TableRows.Mark(HeadingStyle.Mark(t.Page, t.Sizes, documentSizes.Dominant()))).ToList();
        pages.AddRange(Recognize(path, scans, options, diagnostics, cancellationToken));
        pages.Sort(static (a, b) => a.Number.CompareTo(b.Number));
        return new ExtractedDocument(path, DocumentKind.Pdf, PageFurniture.Apply(pages, options.DropPageFurniture), diagnostics);
    }
}
