using NoteMiner.Extraction.Ocr;
using NoteMiner.Testing;
using Xunit.Abstractions;

namespace NoteMiner.Extraction.Tests.Ocr;

/// <summary>Pages scanned sideways or upside down are turned upright before recognition.</summary>
[Collection(OcrPairsCollection.Name)]
public sealed class OrientationTests
{
    private const string PageName = "discharge_summary/p1_clean300.png";

    private readonly OcrPairsFixture _fixture;
    private readonly ITestOutputHelper _output;

    public OrientationTests(OcrPairsFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [CorpusTheory]
    [InlineData(1)]
    [InlineData(2)]
    [InlineData(3)]
    public void Should_ReadPageAsUpright_When_ImageIsTurned(int quarterTurns)
    {
        var upright = _fixture.Pairs.Single(p => p.Name == PageName);
        var turned = new PageImage(1, TestImages.Rotate(upright.Image, quarterTurns));

        var outcome = Assert.Single(TesseractOcrEngine.Shared.Recognize("turned.png", [turned], ExtractionOptions.Default, CancellationToken.None));

        Assert.Null(outcome.Diagnostic);
        var uprightCer = CharacterErrorRate.Of(upright.Recognised, upright.GroundTruth);
        var turnedCer = CharacterErrorRate.Of(OcrPair.TextOf(outcome.Page), upright.GroundTruth);
        _output.WriteLine($"{quarterTurns * 90}°: CER {turnedCer:P2} (upright {uprightCer:P2}), confidence {outcome.Page!.OcrConfidence:0.0}");
        Assert.True(turnedCer <= uprightCer + 0.01, $"turned CER {turnedCer:P2} vs upright {uprightCer:P2}");

        // Boxes stay in the frame of the image as stored: the upright page's first line, turned the same way
        // (within 1 mm at 300 dpi: Tesseract's own handling of 90° pages pads line boxes a little differently).
        var page = outcome.Page;
        var (width, height) = (upright.Outcome.Page!.Width, upright.Outcome.Page.Height);
        Assert.Equal(quarterTurns % 2 == 1 ? (height, width) : (width, height), (page.Width, page.Height));
        var expected = Turn(upright.Outcome.Page.Lines[0].Box, width, height, quarterTurns);
        var actual = page.Lines[0].Box;
        Assert.True(Near(expected, actual, 12), $"first line at {actual}, expected {expected}");
    }

    /// <summary>A box in a W×H image, after the image is turned clockwise by the quarter turns.</summary>
    private static BoundingBox Turn(BoundingBox box, double width, double height, int quarterTurns) => quarterTurns switch
    {
        1 => new BoundingBox(height - box.Y1, box.X0, height - box.Y0, box.X1),
        2 => new BoundingBox(width - box.X1, height - box.Y1, width - box.X0, height - box.Y0),
        3 => new BoundingBox(box.Y0, width - box.X1, box.Y1, width - box.X0),
        _ => box,
    };

    private static bool Near(BoundingBox a, BoundingBox b, double tolerance) =>
        Math.Abs(a.X0 - b.X0) <= tolerance && Math.Abs(a.Y0 - b.Y0) <= tolerance
        && Math.Abs(a.X1 - b.X1) <= tolerance && Math.Abs(a.Y1 - b.Y1) <= tolerance;
}
