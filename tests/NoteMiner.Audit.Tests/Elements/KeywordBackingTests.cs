using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Elements;

public sealed class KeywordBackingTests
{
    [Theory]
    [InlineData("PHQ-9 = 7, mild depressive symptoms", Psychosocial)]
    [InlineData("Mini-Cog 4/5, clock draw normal", FunctionalCognitive)]
    [InlineData("MoCA 24/30 on 02/11/2026", FunctionalCognitive)]
    [InlineData("POLST on file: DNR/DNI, signed 01/12/2026", AdvanceDirectives)]
    [InlineData("Grab bars installed in shower; throw rugs removed 02/2026", Environmental)]
    public void Should_FindTheElement_When_ClassifierMissedAHighPrecisionCue(string text, ElementLabel element)
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add(text, Other, score: 0.95));

        var finding = audit[element];
        Assert.Equal(ElementStatus.Present, finding.Status);
        Assert.Equal(0.8, Assert.Single(finding.Evidence).Confidence);
    }

    [Fact]
    public void Should_KeepTheClassifierScore_When_ItAgreesWithTheCue()
    {
        var finding = Audits.Of(new ChartBuilder("H01").Add("PHQ-9 = 7 (mild) on 03/04/2026", Psychosocial, score: 0.93))[Psychosocial];

        Assert.Equal(0.93, Assert.Single(finding.Evidence).Confidence);
    }

    [Fact]
    public void Should_UseTheFieldLabel_When_PassageIsAField()
    {
        var finding = Audits.Of(new ChartBuilder("H01").Add("Home safety: N/A", Other, kind: PassageKind.Field))[Environmental];

        Assert.Equal(ElementStatus.Missing, finding.Status);
        Assert.Equal("field left blank (N/A)", finding.Reason);
    }
}
