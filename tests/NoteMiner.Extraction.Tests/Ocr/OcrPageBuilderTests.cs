using NoteMiner.Extraction.Ocr;

namespace NoteMiner.Extraction.Tests.Ocr;

public sealed class OcrPageBuilderTests
{
    private static readonly IReadOnlyList<RecognizedLine> Lines =
    [
        new(new BoundingBox(100, 100, 500, 140), [Word("Care", 100, 90), Word("plan", 300, 80)]),
        new(new BoundingBox(100, 200, 300, 240), [Word(" ", 100, 10)]),
        new(new BoundingBox(100, 300, 300, 340), [Word("Goals:", 100, 70)]),
    ];

    [Fact]
    public void Should_NumberJoinAndAverage_When_BuildingAPage()
    {
        var page = OcrPageBuilder.Build(3, Lines, 1000, 2000, 0, new PageImage(3, Array.Empty<byte>()));

        Assert.Equal((3, PageSource.Ocr, 1000.0, 2000.0), (page.Number, page.Source, page.Width, page.Height));
        Assert.Equal(["Care plan", "Goals:"], page.Lines.Select(l => l.Text));
        Assert.Equal([1, 2], page.Lines.Select(l => l.Number));
        Assert.Equal(85, page.Lines[0].Confidence);
        Assert.Equal(80, page.OcrConfidence);
        Assert.Equal(2, page.Lines[0].Words!.Count);
        Assert.Equal(new BoundingBox(100, 100, 500, 140), page.Lines[0].Box);
    }

    [Fact]
    public void Should_MarkTableRows_When_AScannedTableKeepsItsColumns()
    {
        // Three rows of a medication table read at 300 dpi: cells start at x = 100, 700 and 1100.
        RecognizedLine Row(double top, params (string Text, double X)[] cells) => new(
            new BoundingBox(100, top, 1500, top + 40),
            [.. cells.Select(c => new Word(c.Text, new BoundingBox(c.X, top, c.X + (c.Text.Length * 22), top + 40), 90))]);
        var lines = new[]
        {
            Row(100, ("Medicine", 100), ("Dose", 700), ("When", 1100)),
            Row(160, ("Furosemide", 100), ("40", 700), ("mg", 760), ("twice", 1100), ("daily", 1230)),
            Row(220, ("Carvedilol", 100), ("12.5", 700), ("mg", 810), ("twice", 1100), ("daily", 1230)),
            new(new BoundingBox(100, 320, 1400, 360), [Word("Reviewed", 100, 90), Word("with", 310, 90), Word("the", 420, 90), Word("patient.", 500, 90)]),
        };

        var page = OcrPageBuilder.Build(1, lines, 2550, 3300, 0, new PageImage(1, Array.Empty<byte>()));
        var turned = OcrPageBuilder.Build(1, lines, 3300, 2550, 1, new PageImage(1, Array.Empty<byte>()));

        Assert.Equal([true, true, true, false], page.Lines.Select(l => l.Style.HasFlag(LineStyle.TableRow)));
        Assert.All(turned.Lines, l => Assert.False(l.Style.HasFlag(LineStyle.TableRow)));
    }

    [Fact]
    public void Should_ScaleBoxesToPageUnits_When_PageSizeIsGiven()
    {
        var image = new PageImage(1, Array.Empty<byte>()) { PageWidth = 250, PageHeight = 500 };

        var page = OcrPageBuilder.Build(1, Lines, 1000, 2000, 0, image);

        Assert.Equal((250.0, 500.0), (page.Width, page.Height));
        Assert.Equal(new BoundingBox(25, 25, 125, 35), page.Lines[0].Box);
        Assert.Equal(new BoundingBox(75, 25, 100, 35), page.Lines[0].Words![1].Box);
    }

    [Theory]
    [InlineData(1, 100, 500, 140, 900)]
    [InlineData(2, 500, 1860, 900, 1900)]
    [InlineData(3, 1860, 100, 1900, 500)]
    public void Should_MapBoxesBackToTheStoredImage_When_PageWasTurned(int quarterTurns, double x0, double y0, double x1, double y1)
    {
        // The box was read near the top left of the upright 1000×2000 page; the stored image is that page turned
        // back, so 2000×1000 for a quarter turn. A clockwise turn brought the stored bottom-left corner to the top left.
        var (width, height) = quarterTurns % 2 == 1 ? (2000.0, 1000.0) : (1000.0, 2000.0);

        var box = OcrPageBuilder.Unrotate(new BoundingBox(100, 100, 500, 140), width, height, quarterTurns);

        Assert.Equal(new BoundingBox(x0, y0, x1, y1), box);
    }

    [Theory]
    [InlineData(2550, 3300, 0, 612.0, 300)]
    [InlineData(1275, 1650, 72, null, 72)]
    [InlineData(2550, 3300, 1, null, 300)]
    [InlineData(1302, 1671, 0, null, 150)]
    [InlineData(800, 600, 96, null, 96)]
    public void Should_ChooseAPlausibleResolution_When_ImageDeclaresNoneOrAnAbsurdOne(int width, int height, int declared, double? points, int expected)
    {
        Assert.Equal(expected, PageResolution.Choose(width, height, declared, points));
    }

    private static Word Word(string text, double x, double confidence) => new(text, new BoundingBox(x, 100, x + 100, 140), confidence);
}
