using NoteMiner.Classifier.Segmentation;
using static NoteMiner.Classifier.Tests.Segmentation.PageBuilder;

namespace NoteMiner.Classifier.Tests.Segmentation;

public sealed class PdfSegmentationTests
{
    private static readonly PassageSegmenter Segmenter = new();

    private static ExtractedDocument Document(params Page[] pages) => new("chart/care_plan.pdf", DocumentKind.Pdf, pages, []);

    [Fact]
    public void Should_UseLargerFontLineAsHeader_When_PdfLineHasBiggerFontSize()
    {
        var page = Pdf(1,
            Large("Caregiver Support"),
            Body("Daughter Ana visits daily and manages the pillbox;", gapBefore: true),
            Body("she reports moderate strain (Zarit 14)."));

        var passages = Segmenter.Segment(Document(page));

        var passage = Assert.Single(passages);
        Assert.Equal("Daughter Ana visits daily and manages the pillbox; she reports moderate strain (Zarit 14).", passage.Text);
        Assert.Equal(PassageKind.Paragraph, passage.Kind);
        Assert.Equal("Caregiver Support", passage.Header);
        Assert.Equal((1, 2, 3), (passage.Location.Page, passage.Location.FirstLine, passage.Location.LastLine));
        Assert.Equal(PageSource.Text, passage.Location.Source);
        Assert.Null(passage.Location.OcrConfidence);
    }

    [Fact]
    public void Should_KeepEachFieldApart_When_LinesAreLabelValuePairs()
    {
        var page = Pdf(1,
            Bold("CARE PLAN"),
            Body("Caregiver assessment: N/A", gapBefore: true),
            Body("Home safety: throw rugs removed 3/2, grab bars installed"),
            Body("Prognosis: guarded"));

        var passages = Segmenter.Segment(Document(page));

        Assert.Equal(["Caregiver assessment: N/A", "Home safety: throw rugs removed 3/2, grab bars installed", "Prognosis: guarded"], passages.Select(p => p.Text));
        Assert.All(passages, p => Assert.Equal(PassageKind.Field, p.Kind));
        Assert.All(passages, p => Assert.Equal("CARE PLAN", p.Header));
        Assert.Equal(("Caregiver assessment", "N/A"), (passages[0].FieldLabel, passages[0].FieldValue));
    }

    [Fact]
    public void Should_TreatEmptyFieldAsHeader_When_BulletsFollowIt()
    {
        var page = Pdf(1,
            Body("Goals:"),
            Body("• A1c below 8% by 09/2026"),
            Body("measured every 3 months"),
            Body("• Walk 20 minutes 5 days a week"),
            Body("Caregiver:", gapBefore: true),
            Body("Advance directive: on file", gapBefore: true));

        var passages = Segmenter.Segment(Document(page));

        Assert.Equal(["• A1c below 8% by 09/2026 measured every 3 months", "• Walk 20 minutes 5 days a week", "Caregiver:", "Advance directive: on file"],
            passages.Select(p => p.Text));
        Assert.Equal([PassageKind.ListItem, PassageKind.ListItem, PassageKind.Field, PassageKind.Field], passages.Select(p => p.Kind));
        Assert.Equal("Goals", passages[0].Header);
        Assert.Equal((2, 3), (passages[0].Location.FirstLine, passages[0].Location.LastLine));
    }

    [Fact]
    public void Should_ContinueTheSentence_When_AWrappedLineStartsWithALowerCaseWordAndAColon()
    {
        var page = Pdf(1,
            Body("Home safety evaluation completed on 01/22/2026 by the home health therapist and reviewed with the"),
            Body("patient: rugs removed, grab bars installed, night lights added."),
            Body("Caregiver: daughter Anna, lives with the patient."));

        var passages = Segmenter.Segment(Document(page));

        Assert.Equal(
            ["Home safety evaluation completed on 01/22/2026 by the home health therapist and reviewed with the patient: rugs removed, grab bars installed, night lights added.",
             "Caregiver: daughter Anna, lives with the patient."],
            passages.Select(p => p.Text));
        Assert.Equal([PassageKind.Paragraph, PassageKind.Field], passages.Select(p => p.Kind));
    }

    [Fact]
    public void Should_SplitParagraphs_When_ABlankLineSeparatesThem()
    {
        var page = Pdf(1,
            Body("Patient seen for monthly CCM call."),
            Body("Reports no falls since last call."),
            Body("Discussed cost of inhalers with pharmacy.", gapBefore: true));

        var passages = Segmenter.Segment(Document(page));

        Assert.Equal(["Patient seen for monthly CCM call. Reports no falls since last call.", "Discussed cost of inhalers with pharmacy."], passages.Select(p => p.Text));
        Assert.Equal(new BoundingBox(72, 72, 72 + (34 * 6), 98), passages[0].Location.Box);
    }

    [Fact]
    public void Should_CarryHeaderAcrossPagesButNotPassages_When_SectionContinues()
    {
        var first = Pdf(1, Large("Medication Review"), Body("Reconciled 12 medications with the pharmacy list;", gapBefore: true));
        var second = Pdf(2, Body("stopped duplicate metoprolol."));

        var passages = Segmenter.Segment(Document(first, second));

        Assert.Equal(2, passages.Count);
        Assert.All(passages, p => Assert.Equal("Medication Review", p.Header));
        Assert.Equal([1, 2], passages.Select(p => p.Location.Page));
    }

    [Fact]
    public void Should_DropRunningHeaders_When_LineIsPageFurniture()
    {
        var page = new Page(1, PageSource.Text, null, 612, 792,
        [
            new Line(1, "Riverside Family Medicine — Page 1 of 3", new BoundingBox(72, 20, 300, 30)) { Style = LineStyle.PageFurniture },
            new Line(2, "Time log: 22 min care coordination call", new BoundingBox(72, 72, 300, 84)),
        ]);

        var passages = Segmenter.Segment(Document(page));

        Assert.Equal("Time log: 22 min care coordination call", Assert.Single(passages).Text);
    }

    [Fact]
    public void Should_EmitHeaderPassages_When_OptionAsksForThem()
    {
        var page = Pdf(1, Large("Barriers"), Body("Cost of insulin; no car.", gapBefore: true));

        var passages = new PassageSegmenter(SegmentationOptions.Default with { IncludeHeaders = true }).Segment(Document(page));

        Assert.Equal([PassageKind.Header, PassageKind.Paragraph], passages.Select(p => p.Kind));
        Assert.Null(passages[0].Header);
        Assert.Equal("Barriers", passages[1].Header);
    }
}
