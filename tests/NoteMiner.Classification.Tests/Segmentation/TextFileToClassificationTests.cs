using NoteMiner.Classifier.Segmentation;
using NoteMiner.Extraction;
using NoteMiner.Testing;

namespace NoteMiner.Classifier.Tests.Segmentation;

/// <summary>A plain-text care plan through the real extractor, the segmenter and the committed model.</summary>
public sealed class TextFileToClassificationTests
{
    private const string CarePlan = """
        CARE PLAN

        Caregiver: N/A
        Goals:
        - A1c below 8% by 09/2026
        - Walk 20 minutes 5 days a week

        Home safety: throw rugs removed 3/2, grab bars installed
        Copy of the plan mailed to the patient on 3/4/2026; she agreed with it by phone.
        """;

    [Fact]
    public void Should_KeepEditorLinesAndLabels_When_ATextCarePlanIsSegmentedAndClassified()
    {
        using var folder = new TempFolder();
        var path = folder.Write("plan.txt", CarePlan.Replace("\r\n", "\n", StringComparison.Ordinal));
        var document = DefaultExtractors.CreateReader().Read(path, ExtractionOptions.Default);

        var passages = new PassageSegmenter().Segment(document);
        var verdicts = PassageClassifier.LoadDefault().ClassifyAll(passages);

        Assert.Equal(
            ["Caregiver: N/A", "- A1c below 8% by 09/2026", "- Walk 20 minutes 5 days a week",
             "Home safety: throw rugs removed 3/2, grab bars installed",
             "Copy of the plan mailed to the patient on 3/4/2026; she agreed with it by phone."],
            passages.Select(p => p.Text));
        Assert.Equal([3, 5, 6, 8, 9], passages.Select(p => p.Location.FirstLine));
        Assert.Equal(["CARE PLAN", "Goals", "Goals", "Goals", "Goals"], passages.Select(p => p.Header));
        Assert.Equal(
            [ElementLabel.Caregiver, ElementLabel.Goals, ElementLabel.Goals, ElementLabel.Environmental, ElementLabel.PlanShared],
            verdicts.Select(v => v.Label));
        Assert.Equal([true, false, false, false, false], verdicts.Select(v => v.Negated));
    }
}
