using NoteMiner.Extraction.Images;
using NoteMiner.Extraction.Ocr;
using NoteMiner.Extraction.Pdf;
using NoteMiner.Extraction.Text;

namespace NoteMiner.Extraction;

/// <summary>The extractors for every supported format, wired together.</summary>
public static class DefaultExtractors
{
    /// <summary>A reader for every supported format, recognising images with the process-wide Tesseract engine.</summary>
    public static DocumentReader CreateReader() => CreateReader(TesseractOcrEngine.Shared);

    /// <summary>A reader for every supported format, recognising scanned pages and images with <paramref name="ocr"/>.</summary>
    public static DocumentReader CreateReader(IOcrEngine ocr) => new(
    [
        new PlainTextExtractor(),
        new Docx.DocxExtractor(),
        new PdfExtractor(ocr),
        new ImageExtractor(ocr),
    ]);
}
