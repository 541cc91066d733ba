using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Elements;

public sealed class NegatedFieldTests
{
    [Theory]
    [InlineData("Caregiver: N/A", true, "field left blank (N/A)")]
    [InlineData("Caregiver: N/A", false, "field left blank (N/A)")]
    [InlineData("Caregiver:", false, "field left blank")]
    [InlineData("Caregiver: none", false, "marked \"none\" without a reason")]
    [InlineData("Caregiver assessment deferred", false, "marked \"deferred\"")]
    [InlineData("Caregiver: to be completed at next visit", true, "marked \"to be completed\"")]
    public void Should_BeMissingWithReason_When_FieldIsNegated(string text, bool classifierNegated, string reason)
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add(text, Caregiver, negated: classifierNegated, kind: PassageKind.Field));

        var finding = audit[Caregiver];
        Assert.Equal(ElementStatus.Missing, finding.Status);
        Assert.Equal(reason, finding.Reason);
        Assert.Empty(finding.Evidence);
        Assert.Equal(text, Assert.Single(finding.Negated).Text);
    }

    [Theory]
    [InlineData("Environmental assessment: not performed", "marked \"not performed\"")]
    [InlineData("PHQ-9 not performed — patient declined", "marked \"not performed\"")]
    public void Should_BeMissing_When_AssessmentWasNotPerformedEvenIfClassifierMissedIt(string text, string reason)
    {
        var element = text.StartsWith("PHQ", StringComparison.Ordinal) ? Psychosocial : Environmental;

        var finding = Audits.Of(new ChartBuilder("H01").Add(text, element))[element];

        Assert.Equal(ElementStatus.Missing, finding.Status);
        Assert.Equal(reason, finding.Reason);
    }

    [Fact]
    public void Should_CountTheSpecificPart_When_OnlyPartOfAScreenWasDeferred()
    {
        var finding = Audits.Of(new ChartBuilder("H01").Add("Mini-Cog 4/5 on 03/04/2026; MoCA deferred", FunctionalCognitive))[FunctionalCognitive];

        Assert.Equal(ElementStatus.Present, finding.Status);
    }

    [Theory]
    [InlineData(false)]
    [InlineData(true)]
    public void Should_BePresent_When_NegativeIsReasoned(bool classifierNegated)
    {
        const string Text = "No caregiver — lives alone, independent in all ADLs";

        var finding = Audits.Of(new ChartBuilder("H01").Add(Text, Caregiver, negated: classifierNegated))[Caregiver];

        Assert.Equal(ElementStatus.Present, finding.Status);
        Assert.Equal(Text, Assert.Single(finding.Evidence).Text);
        Assert.Contains("reasoned negative", finding.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_NeverCountANegatedPassage_When_ClassifierSaysNegated()
    {
        var finding = Audits.Of(new ChartBuilder("H01").Add("Daughter Anna helps with meds", Caregiver, negated: true))[Caregiver];

        Assert.Equal(ElementStatus.Missing, finding.Status);
        Assert.Equal("field blank or negated", finding.Reason);
    }

    [Fact]
    public void Should_PreferEvidence_When_ChartHasBothABlankFieldAndASpecificPassage()
    {
        var chart = new ChartBuilder("H01")
            .Add("Caregiver: N/A", Caregiver, negated: true, kind: PassageKind.Field)
            .Add("Caregiver: son David, lives with patient, drives her to appointments", Caregiver);

        var finding = Audits.Of(chart)[Caregiver];

        Assert.Equal(ElementStatus.Present, finding.Status);
        Assert.Single(finding.Negated);
    }
}
