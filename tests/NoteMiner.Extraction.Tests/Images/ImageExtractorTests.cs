using NoteMiner.Extraction.Tests.Ocr;
using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Images;

public sealed class ImageExtractorTests
{
    private static readonly DocumentReader Reader = DefaultExtractors.CreateReader();

    [CorpusFact]
    public void Should_ReadOnePagePerFrame_When_TiffHasSeveralFrames()
    {
        var folder = RepoPaths.CorpusPath("ocr-pairs", "discharge_summary");
        var frames = new[] { "p3_clean300.png", "p3_scan150.jpg" }.Select(f => File.ReadAllBytes(Path.Combine(folder, f))).ToList();
        using var temp = new TempFolder();
        var path = temp.Write("scan.tiff", TestImages.MultipageTiff(frames));
        var truth = CharacterErrorRate.Normalise(File.ReadAllText(Path.Combine(folder, "p3.gt.txt")));

        var document = Reader.Read(path, ExtractionOptions.Default);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(DocumentKind.Tiff, document.Kind);
        Assert.Equal([1, 2], document.Pages.Select(p => p.Number));
        Assert.Equal([1, 2], document.OcrPages);
        foreach (var page in document.Pages)
        {
            var text = CharacterErrorRate.Normalise(string.Join(' ', page.Lines.Select(l => l.Text)));
            Assert.True(CharacterErrorRate.Distance(text, truth) <= truth.Length * 0.02, $"page {page.Number} does not read as the source page");
        }

        // Frame 1 is the 300 dpi page, frame 2 the 150 dpi one: each keeps its own pixel size.
        Assert.Equal(2550, document.Pages[0].Width);
        Assert.InRange(document.Pages[1].Width, 1275, 1350);
    }

    [Fact]
    public void Should_ReadOnlyTheFirstFrames_When_TiffHasMoreFramesThanTheLimit()
    {
        using var temp = new TempFolder();
        var path = temp.Write("many.tif", TestImages.MultipageTiff([TestImages.Blank(300, 200), TestImages.Blank(320, 200), TestImages.Blank(340, 200)]));
        var options = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxPages = 2 } };

        var document = Reader.Read(path, options);

        Assert.Equal([300.0, 320], document.Pages.Select(p => p.Width));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticKind.LimitExceeded, diagnostic.Kind);
        Assert.False(diagnostic.Skipped);
    }

    [Fact]
    public void Should_SkipFileWithoutDecoding_When_PngClaimsMorePixelsThanTheLimit()
    {
        using var temp = new TempFolder();
        var path = temp.Write("bomb.png", TestImages.PngHeaderClaiming(30_000, 30_000));

        var document = Reader.Read(path, ExtractionOptions.Default);

        Assert.Empty(document.Pages);
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticKind.LimitExceeded, diagnostic.Kind);
        Assert.True(diagnostic.Skipped);
        Assert.StartsWith($"noteminer: {path}: page 1: page image of 30,000×30,000 pixels", diagnostic.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReportCorruptFile_When_PngBodyIsRandomBytes()
    {
        using var temp = new TempFolder();
        var junk = new byte[2048];
        new Random(7).NextBytes(junk);
        var path = temp.Write("broken.png", (byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, .. junk]);

        var document = Reader.Read(path, ExtractionOptions.Default);

        Assert.Empty(document.Pages);
        Assert.Equal(DiagnosticKind.Corrupt, Assert.Single(document.Diagnostics).Kind);
    }

    [Fact]
    public void Should_ThrowEnvironmentError_When_TessdataIsMissing()
    {
        using var temp = new TempFolder();
        var path = temp.Write("page.png", TestImages.Blank(200, 100));
        var options = ExtractionOptions.Default with { OcrDataPath = temp.File("no-tessdata") };

        Assert.Throws<ExtractionEnvironmentException>(() => Reader.Read(path, options));
    }
}
