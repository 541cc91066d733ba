using NoteMiner.Testing;
using UglyToad.PdfPig.Core;

namespace NoteMiner.Extraction.Tests.Pdf;

public sealed class PdfScanTests
{
    private const string Body =
        "The patient lives alone in a two-story house and uses a walker indoors. Grab bars were installed in the " +
        "bathroom last month and the loose rugs in the hallway were removed after the home safety review.";

    [Fact]
    public void Should_RecogniseOnlyTheImagePage_When_PdfMixesTextAndScannedPages()
    {
        var pdf = new TestPdf();
        pdf.Paragraph(pdf.AddPage(), Body, 72, 100, width: 460);
        pdf.ScanPage(TestImages.PageLikePng(), new PdfRectangle(36, 36, 576, 756));
        pdf.Paragraph(pdf.AddPage(), Body, 72, 100, width: 460);
        var ocr = new RecordingOcrEngine();

        var document = PdfLayoutTests.Extract(pdf, ocr: ocr);

        var image = Assert.Single(Assert.Single(ocr.Calls));
        Assert.Equal(2, image.PageNumber);
        Assert.True(image.EncodedBytes.Span.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']));
        Assert.Equal((540.0, 720.0), (image.PageWidth, image.PageHeight));
        Assert.Equal([PageSource.Text, PageSource.Ocr, PageSource.Text], document.Pages.Select(p => p.Source));
        Assert.Equal([2], document.OcrPages);
        Assert.Empty(document.Diagnostics);
    }

    [Fact]
    public void Should_PlaceRecognisedLinesOnThePage_When_ImageDoesNotFillIt()
    {
        var pdf = new TestPdf();
        pdf.ScanPage(TestImages.PageLikePng(), new PdfRectangle(36, 36, 576, 756));

        var page = Assert.Single(PdfLayoutTests.Extract(pdf, ocr: new RecordingOcrEngine()).Pages);

        // The engine answers (10, 20)–(110, 32) in image points; the image's top-left corner is at (36, 36).
        Assert.Equal((612.0, 792.0, 91.0), (page.Width, page.Height, page.OcrConfidence!.Value));
        var line = Assert.Single(page.Lines);
        Assert.Equal(new BoundingBox(46, 56, 146, 68), line.Box);
        Assert.Equal(new BoundingBox(46, 56, 96, 68), line.Words![0].Box);
    }

    [Fact]
    public void Should_StillRecognise_When_AScanCarriesAFaxHeaderLine()
    {
        var pdf = new TestPdf();
        var page = pdf.ScanPage(TestImages.PageLikePng());
        pdf.Text(page, "From: Fax 555-0100   03/04/2026 10:42   Page 2/5", 40, 20, size: 9);
        var ocr = new RecordingOcrEngine();

        var document = PdfLayoutTests.Extract(pdf, ocr: ocr);

        Assert.Equal(1, Assert.Single(ocr.Images).PageNumber);
        Assert.Equal(PageSource.Ocr, Assert.Single(document.Pages).Source);
    }

    [Fact]
    public void Should_Recognise_When_ScanHasOnlyAnInvisibleTextLayer()
    {
        var pdf = new TestPdf();
        var page = pdf.ScanPage(TestImages.PageLikePng());
        page.SetTextRenderingMode(TextRenderingMode.Neither);
        pdf.Paragraph(page, Body, 72, 200, width: 460);
        var ocr = new RecordingOcrEngine();

        var document = PdfLayoutTests.Extract(pdf, ocr: ocr);

        Assert.Single(ocr.Images);
        Assert.Equal("recognised page 1", Assert.Single(Assert.Single(document.Pages).Lines).Text);
    }

    [Fact]
    public void Should_ReadTheTextLayer_When_APageHasABigImageAndText()
    {
        var pdf = new TestPdf();
        var page = pdf.ScanPage(TestImages.PageLikePng());
        pdf.Paragraph(page, Body, 72, 200, width: 460);
        var ocr = new RecordingOcrEngine();

        var document = PdfLayoutTests.Extract(pdf, ocr: ocr);

        Assert.Empty(ocr.Calls);
        Assert.Equal(Body, string.Join(' ', Assert.Single(document.Pages).Lines.Select(l => l.Text)));
    }

    [Fact]
    public void Should_ReportThePage_When_ItsImageHasTooManyPixels()
    {
        var pdf = new TestPdf();
        pdf.Paragraph(pdf.AddPage(), Body, 72, 100, width: 460);
        pdf.ScanPage(TestImages.PageLikePng());
        var options = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxImagePixels = 10_000 } };
        var ocr = new RecordingOcrEngine();

        var document = PdfLayoutTests.Extract(pdf, options, ocr);

        Assert.Empty(ocr.Calls);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticKind.LimitExceeded, 2, false), (diagnostic.Kind, diagnostic.Page, diagnostic.Skipped));
        Assert.Contains("170×220 pixels exceeds the limit of 10,000", diagnostic.Message, StringComparison.Ordinal);
        Assert.Equal(Body, string.Join(' ', document.Pages[0].Lines.Select(l => l.Text)));
    }

    [Fact]
    public void Should_KeepTheOtherPages_When_RecognitionOfOnePageFails()
    {
        var pdf = new TestPdf();
        pdf.ScanPage(TestImages.PageLikePng());
        pdf.ScanPage(TestImages.PageLikePng());
        pdf.Paragraph(pdf.AddPage(), Body, 72, 100, width: 460);
        var ocr = new RecordingOcrEngine { Failing = [1] };

        var document = PdfLayoutTests.Extract(pdf, ocr: ocr);

        Assert.Equal([1, 2], Assert.Single(ocr.Calls).Select(i => i.PageNumber));
        Assert.Equal([2, 3], document.Pages.Select(p => p.Number));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticKind.OcrFailed, 1), (diagnostic.Kind, diagnostic.Page));
    }

    [Fact]
    public void Should_ReportThePageNotCrash_When_ScanIsJbig2Encoded()
    {
        var ocr = new RecordingOcrEngine();

        var document = ExtractBytes(HandWrittenPdf.ImagePage("JBIG2Decode", [0x97, 0x4A, 0x42, 0x32, 1, 2, 3], 400, 500, bitsPerComponent: 1), ocr);

        Assert.Empty(ocr.Calls);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticKind.Unsupported, 1, false), (diagnostic.Kind, diagnostic.Page, diagnostic.Skipped));
        Assert.Equal("page image encoding JBIG2Decode not supported", diagnostic.Message);
        Assert.Empty(Assert.Single(document.Pages).Lines);
    }

    [Fact]
    public void Should_ReportThePageNotCrash_When_ScanImageDataIsCorrupt()
    {
        var garbage = new byte[300];
        new Random(7).NextBytes(garbage);
        var ocr = new RecordingOcrEngine();

        var document = ExtractBytes(HandWrittenPdf.ImagePage("FlateDecode", garbage, 200, 250), ocr);

        Assert.Empty(ocr.Calls);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((1, false), (diagnostic.Page, diagnostic.Skipped));
        Assert.StartsWith("page image could not be decoded (FlateDecode, ", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_HandTheJpeg2000AsStored_When_ScanIsJpxEncoded()
    {
        var jp2 = File.ReadAllBytes(Path.Combine(RepoPaths.Root, "tests", "NoteMiner.Extraction.Tests", "Fixtures", "pdf", "tiny-scan.jp2"));
        var ocr = new RecordingOcrEngine();

        var document = ExtractBytes(HandWrittenPdf.ImagePage("JPXDecode", jp2, 64, 80), ocr);

        Assert.Equal(jp2, Assert.Single(ocr.Images).EncodedBytes.ToArray());
        Assert.Equal([1], document.OcrPages);
    }

    [Fact]
    public void Should_RecogniseScannedPages_When_ReadThroughTheDefaultReader()
    {
        var pdf = new TestPdf();
        pdf.Paragraph(pdf.AddPage(), Body, 72, 100, width: 460);
        pdf.ScanPage(TestImages.PageLikePng());
        using var folder = new TempFolder();
        var path = folder.Write("chart.pdf", pdf.Build());
        var ocr = new RecordingOcrEngine();

        var document = DefaultExtractors.CreateReader(ocr).Read(path, ExtractionOptions.Default);

        Assert.Equal((DocumentKind.Pdf, 64), (document.Kind, document.ContentHash.Length));
        Assert.Equal([2], document.OcrPages);
        Assert.Equal([2], ocr.Images.Select(i => i.PageNumber));
    }

    [Fact]
    public void Should_HandAPng_When_ScanIsCcittFaxEncoded()
    {
        var ocr = new RecordingOcrEngine();
        var path = Path.Combine(RepoPaths.Root, "tests", "NoteMiner.Extraction.Tests", "Fixtures", "pdf", "ccitt-g4-scan.pdf");

        var document = new NoteMiner.Extraction.Pdf.PdfExtractor(ocr).Extract(path, ExtractionOptions.Default, CancellationToken.None);

        var image = Assert.Single(ocr.Images);
        Assert.True(image.EncodedBytes.Span.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']));
        Assert.Equal((57.6, 28.8), (Math.Round(image.PageWidth!.Value, 1), Math.Round(image.PageHeight!.Value, 1)));
        Assert.Equal([1], document.OcrPages);
    }

    [Fact]
    public void Should_LetTheEnvironmentErrorThrough_When_TheOcrEngineCannotRun()
    {
        var pdf = new TestPdf();
        pdf.ScanPage(TestImages.PageLikePng());

        Assert.Throws<ExtractionEnvironmentException>(() => PdfLayoutTests.Extract(pdf, ocr: new BrokenOcrEngine()));
    }

    [CorpusFact]
    public void Should_HandTheJpegAsStored_When_AScannedPageIsDctEncoded()
    {
        var jpeg = File.ReadAllBytes(RepoPaths.CorpusPath("ocr-pairs", "discharge_summary", "p3_scan150.jpg"));
        var pdf = new TestPdf();
        pdf.Paragraph(pdf.AddPage(), Body, 72, 100, width: 460);
        pdf.AddPage().AddJpeg(jpeg, new PdfRectangle(0, 0, 612, 792));
        var ocr = new RecordingOcrEngine();

        var document = PdfLayoutTests.Extract(pdf, ocr: ocr);

        var image = Assert.Single(ocr.Images);
        Assert.Equal(2, image.PageNumber);
        Assert.Equal(jpeg, image.EncodedBytes.ToArray());
        Assert.Equal([PageSource.Text, PageSource.Ocr], document.Pages.Select(p => p.Source));
    }

    [CorpusTheory]
    [InlineData("discharge_summary", 3)]
    [InlineData("advance_directive", 4)]
    public void Should_RecogniseEveryPageInOneCall_When_PdfIsImageOnly(string name, int pages)
    {
        var path = RepoPaths.CorpusPath("ocr-pairs", name, $"{name}_scanned_imageonly.pdf");
        var ocr = new RecordingOcrEngine();

        var document = new NoteMiner.Extraction.Pdf.PdfExtractor(ocr).Extract(path, ExtractionOptions.Default, CancellationToken.None);

        var images = Assert.Single(ocr.Calls);
        Assert.Equal(Enumerable.Range(1, pages), images.Select(i => i.PageNumber));
        Assert.All(images, i =>
        {
            Assert.True(i.EncodedBytes.Span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]), "not the stored JPEG");
            Assert.True(i.PageWidth > 500 && i.PageHeight > 700);
        });
        Assert.Equal(Enumerable.Range(1, pages), document.OcrPages);
        Assert.Empty(document.Diagnostics);
    }

    private static ExtractedDocument ExtractBytes(byte[] bytes, RecordingOcrEngine ocr)
    {
        using var folder = new TempFolder();
        return new NoteMiner.Extraction.Pdf.PdfExtractor(ocr).Extract(folder.Write("scan.pdf", bytes), ExtractionOptions.Default, CancellationToken.None);
    }

    private sealed class BrokenOcrEngine : NoteMiner.Extraction.Ocr.IOcrEngine
    {
        public IReadOnlyList<NoteMiner.Extraction.Ocr.OcrOutcome> Recognize(
            string file, IReadOnlyList<NoteMiner.Extraction.Ocr.PageImage> images, ExtractionOptions options, CancellationToken cancellationToken) =>
            throw new ExtractionEnvironmentException("tesseract language data 'eng' not found");
    }
}
