using NoteMiner.Classifier.Segmentation;
using static NoteMiner.Classifier.Tests.Segmentation.PageBuilder;

namespace NoteMiner.Classifier.Tests.Segmentation;

public sealed class OcrSegmentationTests
{
    private static readonly PassageSegmenter Segmenter = new();

    private static IReadOnlyList<Passage> Segment(params Page[] pages) =>
        Segmenter.Segment(new ExtractedDocument("chart/scan.png", DocumentKind.Png, pages, []));

    [Fact]
    public void Should_KeepOcrConfidenceAndSource_When_PageWasRecognised()
    {
        var passages = Segment(Ocr(1,
            ("CAREG1VER ASSESSMENT", 88, false),
            ("Wife is primary caregiver, helps with", 92, true),
            ("bathing and meds; reports feeling tired.", 84, false)));

        var passage = Assert.Single(passages);
        Assert.Equal("Wife is primary caregiver, helps with bathing and meds; reports feeling tired.", passage.Text);
        Assert.Equal("CAREG1VER ASSESSMENT", passage.Header);
        Assert.Equal(PageSource.Ocr, passage.Location.Source);
        Assert.Equal(88.0, passage.Location.OcrConfidence);
    }

    [Fact]
    public void Should_ReadNoisyFields_When_OcrDropsTheSpaceAfterTheColon()
    {
        var passages = Segment(Ocr(1,
            ("1ntervcntions:as above", 61, false),
            ("Env1ronment: stairs x14, no rail, poor lighting", 79, false)));

        Assert.Equal([PassageKind.Field, PassageKind.Field], passages.Select(p => p.Kind));
        Assert.Equal(("1ntervcntions", "as above"), (passages[0].FieldLabel, passages[0].FieldValue));
        Assert.Equal("stairs x14, no rail, poor lighting", passages[1].FieldValue);
    }

    [Fact]
    public void Should_NotTakeStrayBarsForTables_When_OcrLineHasOneBar()
    {
        var passages = Segment(Ocr(1,
            ("Pt uses walker | TUG 16 sec, one fall in March.", 80, false)));

        Assert.Equal(PassageKind.Paragraph, Assert.Single(passages).Kind);
    }

    [Fact]
    public void Should_SplitAtVerticalGaps_When_OcrParagraphsAreSeparated()
    {
        var passages = Segment(Ocr(1,
            ("Plan reviewed with patient and daughter.", 90, false),
            ("Copy mailed 3/4/2026.", 90, false),
            ("Next review in 3 months.", 90, true)));

        Assert.Equal(["Plan reviewed with patient and daughter. Copy mailed 3/4/2026.", "Next review in 3 months."], passages.Select(p => p.Text));
    }
}
