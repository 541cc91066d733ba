using NoteMiner.Extraction.Ocr;
using NoteMiner.Extraction.Pdf;
using NoteMiner.Extraction.Text;

namespace NoteMiner.Extraction;

/// <summary>The extractors for every supported format, wired together.</summary>
public static class DefaultExtractors
{
    /// <summary>A reader for every supported format; scanned pages are not recognised (no OCR engine).</summary>
    public static DocumentReader CreateReader() => CreateReader(UnavailableOcrEngine.Instance);

    /// <summary>A reader for every supported format that recognises scanned pages with <paramref name="ocr"/>.</summary>
    public static DocumentReader CreateReader(IOcrEngine ocr) => new(
    [
        new PlainTextExtractor(),
        new Docx.DocxExtractor(),
        new PdfExtractor(ocr),
    ]);
}
