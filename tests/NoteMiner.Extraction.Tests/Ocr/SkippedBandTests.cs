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

        var bands = TesseractInstance.SkippedBands(lines, width: 1700, TesseractInstance.MedianHeight(lines));

        Assert.Equal([new BoundingBox(0, 430, 1700, 474)], bands);
    }

    [Fact]
    public void Should_LeaveMarginsAndOrdinaryLineSpacingAlone_When_NoLineIsMissing()
    {
        var lines = new[] { Line(300, 325), Line(335, 360), Line(370, 395) };

        Assert.Empty(TesseractInstance.SkippedBands(lines, width: 1700, lineHeight: 25));
        Assert.Empty(TesseractInstance.SkippedBands([Line(1000, 1025)], width: 1700, lineHeight: 25));
    }

    [Fact]
    public void Should_FindALineOfPrint_When_ABandHoldsARunOfInkedRowsAboutALineTall()
    {
        var band = new BoundingBox(0, 430, 1700, 474);
        var rows = new int[600];
        for (var y = 440; y < 462; y++)
        {
            rows[y] = 120; // 7 % black: a line of text 22 px tall
        }

        Assert.True(TesseractInstance.HoldsInk(rows, band, lineHeight: 25));
    }

    [Theory]
    [InlineData(440, 443, 300)] // a ruled line: too thin
    [InlineData(440, 462, 4)]   // specks: under 0.5 % of the width per row
    public void Should_FindNoLine_When_TheInkIsARuleOrSpecks(int from, int to, int inkPerRow)
    {
        var rows = new int[600];
        for (var y = from; y < to; y++)
        {
            rows[y] = inkPerRow;
        }

        Assert.False(TesseractInstance.HoldsInk(rows, new BoundingBox(0, 430, 1700, 474), lineHeight: 25));
    }

    private static RecognizedLine Line(double top, double bottom) =>
        new(new BoundingBox(150, top, 1300, bottom), [new Word("text", new BoundingBox(150, top, 1300, bottom), 95)]);
}
