using NoteMiner.Extraction.Ocr;
using NoteMiner.Testing;
using Xunit.Abstractions;

namespace NoteMiner.Extraction.Tests.Ocr;

public sealed class TesseractOcrEngineTests
{
    private static readonly TesseractOcrEngine Engine = TesseractOcrEngine.Shared;

    private readonly ITestOutputHelper _output;

    public TesseractOcrEngineTests(ITestOutputHelper output)
    {
        _output = output;
    }

    [Fact]
    public void Should_ReportLimitExceeded_When_PngHeaderClaimsHugeImage()
    {
        var image = new PageImage(1, TestImages.PngHeaderClaiming(30_000, 30_000));

        var outcome = Assert.Single(Engine.Recognize("huge.png", [image], ExtractionOptions.Default, CancellationToken.None));

        Assert.Null(outcome.Page);
        Assert.Equal(DiagnosticKind.LimitExceeded, outcome.Diagnostic!.Kind);
        Assert.Equal(1, outcome.Diagnostic.Page);
        Assert.Contains("30,000×30,000", outcome.Diagnostic.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A })]
    [InlineData(new byte[] { 0xFF, 0xD8, 0xFF, 0xE0 })]
    [InlineData(new byte[] { (byte)'I', (byte)'I', 42, 0 })]
    public void Should_ReportCorruptPage_When_ImageIsJunkAfterItsSignature(byte[] signature)
    {
        var junk = new byte[4096];
        new Random(20240611).NextBytes(junk);
        var image = new PageImage(1, (byte[])[.. signature, .. junk]);

        var outcome = Assert.Single(Engine.Recognize("junk", [image], ExtractionOptions.Default, CancellationToken.None));

        Assert.Null(outcome.Page);
        Assert.Equal(DiagnosticKind.Corrupt, outcome.Diagnostic!.Kind);
    }

    [Fact]
    public void Should_ThrowEnvironmentError_When_TessdataFolderIsEmpty()
    {
        using var folder = new TempFolder();
        var options = ExtractionOptions.Default with { OcrDataPath = folder.Path };

        var error = Assert.Throws<ExtractionEnvironmentException>(() =>
            Engine.Recognize("page.png", [new PageImage(1, TestImages.Blank(200, 100))], options, CancellationToken.None));

        Assert.Contains("eng.traineddata", error.Message, StringComparison.Ordinal);
        Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain('\n', error.Message);
    }

    [Fact]
    public void Should_ThrowEnvironmentError_When_OsdModelIsMissing()
    {
        using var folder = new TempFolder();
        File.Copy(Path.Combine(InstalledTessdata(), "eng.traineddata"), folder.File("eng.traineddata"));
        var options = ExtractionOptions.Default with { OcrDataPath = folder.Path };

        var error = Assert.Throws<ExtractionEnvironmentException>(() =>
            Engine.Recognize("page.png", [new PageImage(1, TestImages.Blank(200, 100))], options, CancellationToken.None));

        Assert.Contains("osd.traineddata", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_AbandonPageAsTimeout_When_CancelledOrOverBudget()
    {
        var image = new PageImage(1, TestImages.Blank(1200, 1600));
        var tight = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { TimePerOcrPage = TimeSpan.FromTicks(1) } };
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();

        var overBudget = Assert.Single(Engine.Recognize("slow.png", [image], tight, CancellationToken.None));
        var cancelledOutcome = Assert.Single(Engine.Recognize("slow.png", [image], ExtractionOptions.Default, cancelled.Token));

        Assert.Equal(DiagnosticKind.Timeout, overBudget.Diagnostic!.Kind);
        Assert.Equal(DiagnosticKind.Timeout, cancelledOutcome.Diagnostic!.Kind);
        Assert.Null(overBudget.Page);
    }

    [CorpusFact]
    public void Should_StopRecognitionAsTimeout_When_PageRunsOverItsBudgetInsideTesseract()
    {
        var bytes = File.ReadAllBytes(RepoPaths.CorpusPath("ocr-pairs", "advance_directive", "p1_clean300.png"));
        var options = ExtractionOptions.Default with
        {
            DetectOrientation = false,
            Limits = ExtractionLimits.Default with { TimePerOcrPage = TimeSpan.FromMilliseconds(300) },
        };

        var engine = new TesseractOcrEngine(maxConcurrentPages: 1);
        Assert.NotNull(Assert.Single(engine.Recognize("warm-up.png", [new PageImage(1, TestImages.Blank(400, 300))], ExtractionOptions.Default, CancellationToken.None)).Page);
        var clock = System.Diagnostics.Stopwatch.StartNew();
        var outcome = Assert.Single(engine.Recognize("long.png", [new PageImage(1, bytes)], options, CancellationToken.None));
        _output.WriteLine($"abandoned after {clock.ElapsedMilliseconds} ms (budget 300 ms)");

        Assert.Null(outcome.Page);
        Assert.Equal(DiagnosticKind.Timeout, outcome.Diagnostic!.Kind);
        Assert.Equal(1, outcome.Diagnostic.Page);
    }

    [Fact]
    public void Should_ReturnOutcomesInInputOrder_When_PagesShareASmallPool()
    {
        var engine = new TesseractOcrEngine(maxConcurrentPages: 1);
        var images = Enumerable.Range(1, 4).Select(n => new PageImage(n, TestImages.Blank(300 + (50 * n), 200))).ToList();

        var outcomes = engine.Recognize("pages", images, ExtractionOptions.Default with { OcrParallelism = 4 }, CancellationToken.None);

        Assert.Equal([1, 2, 3, 4], outcomes.Select(o => o.PageNumber));
        Assert.All(outcomes, o => Assert.Null(o.Diagnostic));
        Assert.Equal([350.0, 400, 450, 500], outcomes.Select(o => o.Page!.Width));
        Assert.All(outcomes, o => Assert.Equal(PageSource.Ocr, o.Page!.Source));
    }

    private static string InstalledTessdata() =>
        new[] { Environment.GetEnvironmentVariable("TESSDATA_PREFIX") ?? "", "/usr/share/tesseract-ocr/5/tessdata", "/usr/share/tesseract-ocr/4.00/tessdata", "/usr/share/tessdata" }
            .First(f => f.Length > 0 && File.Exists(Path.Combine(f, "eng.traineddata")));
}
