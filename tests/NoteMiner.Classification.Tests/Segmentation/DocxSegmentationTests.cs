using NoteMiner.Classifier.Segmentation;
using static NoteMiner.Classifier.Tests.Segmentation.PageBuilder;

namespace NoteMiner.Classifier.Tests.Segmentation;

public sealed class DocxSegmentationTests
{
    private static readonly PassageSegmenter Segmenter = new();

    private static IReadOnlyList<Passage> Segment(params (string, LineStyle)[] lines) =>
        Segmenter.Segment(new ExtractedDocument("chart/plan.docx", DocumentKind.Docx, [Docx(lines)], []));

    [Fact]
    public void Should_KeepParagraphsApart_When_DocxLinesAreWholeParagraphs()
    {
        var passages = Segment(
            ("Psychosocial", LineStyle.Heading),
            ("PHQ-9 score 12 on 2/14, moderate depression; referred to behavioral health.", LineStyle.None),
            ("Lives with her husband; attends church weekly.", LineStyle.None));

        Assert.Equal(2, passages.Count);
        Assert.All(passages, p => Assert.Equal(PassageKind.Paragraph, p.Kind));
        Assert.All(passages, p => Assert.Equal("Psychosocial", p.Header));
        Assert.Equal([2, 3], passages.Select(p => p.Location.FirstLine));
    }

    [Fact]
    public void Should_MakeListItemsAndTableRowsTheirOwnPassages_When_StylesSayListAndTable()
    {
        var passages = Segment(
            ("Interventions", LineStyle.Heading),
            ("RN care manager calls monthly to review home BP log", LineStyle.ListItem),
            ("Pharmacist reconciles medications after each discharge", LineStyle.ListItem),
            ("Intervention | Responsible | Due", LineStyle.TableRow),
            ("Diabetes education class | CDE | 04/2026", LineStyle.TableRow));

        Assert.Equal([PassageKind.ListItem, PassageKind.ListItem, PassageKind.TableRow, PassageKind.TableRow], passages.Select(p => p.Kind));
        Assert.Equal("Diabetes education class | CDE | 04/2026", passages[3].Text);
        Assert.All(passages, p => Assert.Equal("Interventions", p.Header));
        Assert.Equal(new BoundingBox(0, 4, 1, 5), passages[3].Location.Box);
    }

    [Fact]
    public void Should_UseHeadingStyleOverText_When_HeadingHasNoCapsOrColon()
    {
        var passages = Segment(
            ("Advance care planning", LineStyle.Heading),
            ("Health care proxy: son David, form scanned 1/12/2026", LineStyle.None),
            ("consent", LineStyle.Heading),
            ("Verbal consent for CCM obtained; cost sharing explained.", LineStyle.None));

        Assert.Equal(["Advance care planning", "consent"], passages.Select(p => p.Header));
        Assert.Equal(PassageKind.Field, passages[0].Kind);
        Assert.Equal("Health care proxy", passages[0].FieldLabel);
    }
}
