using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Elements;

public sealed class EvidenceTests
{
    [Fact]
    public void Should_QuoteThePassageVerbatimWithProvenance_When_PassageSpansLines()
    {
        var chart = new ChartBuilder("H01")
            .Document("H01/care_plan.pdf")
            .Line("CARE PLAN")
            .Page()
            .Line("Goals")
            .AddLines(["A1c < 8% by 09/2026;", "walk 150 min/week  (with daughter)"], Goals, score: 0.876);

        var evidence = Assert.Single(Audits.Of(chart)[Goals].Evidence);

        Assert.Equal("A1c < 8% by 09/2026; walk 150 min/week  (with daughter)", evidence.Text);
        Assert.Equal(("H01/care_plan.pdf", 2, 2, 3), (evidence.File, evidence.Page, evidence.FirstLine, evidence.LastLine));
        Assert.Equal(PageSource.Text, evidence.Source);
        Assert.Equal(0.88, evidence.Confidence);
        Assert.False(evidence.Templated);
        Assert.Null(evidence.OcrConfidence);
    }

    [Fact]
    public void Should_MarkOcrSource_When_PageWasOcred()
    {
        var chart = new ChartBuilder("H01").Document("H01/scan.pdf", PageSource.Ocr, 87.5).Add("A1c < 8% by 09/2026", Goals);

        var evidence = Assert.Single(Audits.Of(chart)[Goals].Evidence);

        Assert.Equal(PageSource.Ocr, evidence.Source);
        Assert.Equal(87.5, evidence.OcrConfidence);
    }

    [Fact]
    public void Should_IgnoreAndCountPassage_When_TextIsNotOnTheLinesItNames()
    {
        var chart = new ChartBuilder("H01").AddUnverifiable("A1c < 8% by 09/2026", Goals).Add("Walk 20 minutes daily", Goals);

        var audit = Audits.Of(chart);

        Assert.Equal(1, audit.UnverifiedPassages);
        Assert.Equal("Walk 20 minutes daily", Assert.Single(audit[Goals].Evidence).Text);
    }

    [Fact]
    public void Should_SummariseDocuments_When_ChartHasSeveral()
    {
        var chart = new ChartBuilder("H01")
            .Document("H01/a.txt").Add("A1c < 8% by 09/2026", Goals).Page().Line("page two")
            .Document("H01/b.pdf", PageSource.Ocr, 90).Line("scan");

        var documents = Audits.Of(chart).Documents;

        Assert.Equal(["H01/a.txt", "H01/b.pdf"], documents.Select(d => d.Path));
        Assert.Equal([2, 1], documents.Select(d => d.Pages));
        Assert.Equal([1], documents[1].OcrPages);
        Assert.Empty(documents[0].OcrPages);
    }
}
