using NoteMiner.Extraction.Ocr;

namespace NoteMiner.Extraction.Tests.Ocr;

/// <summary>Where the OCR looks again for a line Tesseract's layout analysis dropped: gaps between lines, not margins.</summary>
public sealed class SkippedBandTests
{
    [Fact]
    public void Should_OfferTheGapBetweenTwoParagraphs_When_ItIsTallEnoughForALine()
    {
        // Lines 25 px tall; the 44 px gap between the second and third could hold a dropped line.
        var lines = new[] { Line(370, 395), Line(405, 430), Line(474, 499), Line(509, 534) };

        var bands = TesseractInstance.SkippedBands(lines, width: 1700);

        Assert.Equal([new BoundingBox(0, 430, 1700, 474)], bands);
    }

    [Fact]
    public void Should_LeaveMarginsAndOrdinaryLineSpacingAlone_When_NoLineIsMissing()
    {
        var lines = new[] { Line(300, 325), Line(335, 360), Line(370, 395) };

        Assert.Empty(TesseractInstance.SkippedBands(lines, width: 1700));
        Assert.Empty(TesseractInstance.SkippedBands([Line(1000, 1025)], width: 1700));
    }

    private static RecognizedLine Line(double top, double bottom) =>
        new(new BoundingBox(150, top, 1300, bottom), [new Word("text", new BoundingBox(150, top, 1300, bottom), 95)]);
}
