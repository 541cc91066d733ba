using NoteMiner.Audit.Elements;
using static NoteMiner.Audit.Elements.SpecificityFeature;

namespace NoteMiner.Audit.Tests.Elements;

public sealed class SpecificityScorerTests
{
    [Theory]
    [InlineData("A1c < 8%", "MeasurableTarget")]
    [InlineData("walk 150 min/week", "MeasurableTarget")]
    [InlineData("weight gain ≤ 2 lb/day", "MeasurableTarget")]
    [InlineData("BP under 130/80", "MeasurableTarget")]
    [InlineData("by 09/2026", "Date")]
    [InlineData("on March 4, 2026", "Date")]
    [InlineData("within 3 months", "TimeFrame")]
    [InlineData("checks sugars twice a day", "TimeFrame")]
    [InlineData("daughter Anna", "NamedPerson")]
    [InlineData("seen by Dr. Patel", "NamedPerson")]
    [InlineData("metformin 500 mg BID", "Dose")]
    [InlineData("PHQ-9 = 7", "Score")]
    [InlineData("Mini-Cog 4/5", "Score")]
    [InlineData("TUG 9 s", "Score")]
    [InlineData("GAD-7 score of 4", "Score")]
    [InlineData("referred to Meals on Wheels", "NamedAgency")]
    [InlineData("enrolled with Sunrise Home Care", "NamedAgency")]
    [InlineData("grab bars, loose rugs and steep stairs", "ConcreteDetail")]
    [InlineData("pharmacist to call", "Role")]
    public void Should_RecogniseFeature_When_TextHasIt(string text, string feature)
    {
        Assert.Contains(Enum.Parse<SpecificityFeature>(feature), SpecificityScorer.Score(text).Features);
    }

    [Theory]
    [InlineData("Improve diabetes")]
    [InlineData("compliance with meds")]
    [InlineData("continue current plan")]
    [InlineData("call if symptoms worsen")]
    [InlineData("Mini-Cog")]
    [InlineData("Reviewed and discussed with patient")]
    public void Should_ScoreBelowThreshold_When_TextIsGeneric(string text)
    {
        Assert.True(SpecificityScorer.Score(text).Score < AuditOptions.Default.SpecificThreshold);
    }

    [Fact]
    public void Should_LowerTheScore_When_GenericPhrasesAreAdded()
    {
        var plain = SpecificityScorer.Score("Walk 20 minutes daily by 06/2026");
        var padded = SpecificityScorer.Score("Walk 20 minutes daily by 06/2026, encouraged, discussed, as needed");

        Assert.True(padded.Score < plain.Score);
        Assert.Equal(3, padded.GenericPhrases);
    }

    [Fact]
    public void Should_DescribeTheTwoStrongestFeatures_When_Asked()
    {
        Assert.Equal("measurable target and date", SpecificityScorer.Score("A1c < 8% by 09/2026").Describe());
    }

    [Fact]
    public void Should_UseElementDetail_When_ElementIsGiven()
    {
        var withElement = SpecificityScorer.Score("lives alone, independent in ADLs", ElementLabel.Caregiver);

        Assert.Contains(ElementDetail, withElement.Features);
        Assert.Equal("caregiver and capacity", withElement.DetailReason);
        Assert.DoesNotContain(ElementDetail, SpecificityScorer.Score("lives alone, independent in ADLs").Features);
    }
}
