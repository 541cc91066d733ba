using NoteMiner.Audit.Elements;

namespace NoteMiner.Audit.Tests.Elements;

public sealed class NegationDetectorTests
{
    private static Negation Detect(string text, bool classifierNegated = false) =>
        NegationDetector.Detect(
            new Passage(text, PassageKind.Paragraph, new SourceLocation("f", 1, 1, 1, default, PageSource.Text)),
            classifierNegated,
            AuditOptions.Default.SpecificThreshold);

    [Theory]
    [InlineData("Caregiver:", "Blank")]
    [InlineData("Caregiver: ____", "Blank")]
    [InlineData("Caregiver: N/A", "NotApplicable")]
    [InlineData("Advance directive: unknown", "NotApplicable")]
    [InlineData("Depression screen not assessed", "NotDone")]
    [InlineData("Home safety evaluation pending", "NotDone")]
    [InlineData("Cognitive screen: deferred, will complete at next visit", "NotDone")]
    public void Should_Negate_When_FieldIsBlankOrNotDone(string text, string kind)
    {
        var negation = Detect(text);

        Assert.True(negation.Negated);
        Assert.Equal(Enum.Parse<NegationKind>(kind), negation.Kind);
    }

    [Theory]
    [InlineData("No caregiver — lives alone, independent in all ADLs")]
    [InlineData("Caregiver: none — lives alone, independent in all ADLs, neighbor checks daily")]
    [InlineData("Barriers: none; has reliable transportation, insurance covers all medications")]
    public void Should_AcceptAReasonedNegative_When_ClassifierFlaggedIt(string text)
    {
        var negation = Detect(text, classifierNegated: true);

        Assert.False(negation.Negated);
        Assert.True(negation.Reasoned);
    }

    [Theory]
    [InlineData("No caregiver needed")]
    [InlineData("Barriers: none identified")]
    public void Should_TrustTheClassifier_When_NegativeHasNoReason(string text)
    {
        Assert.True(Detect(text, classifierNegated: true).Negated);
    }

    [Fact]
    public void Should_NotNegate_When_ASpecificFindingStandsBesideTheDeferral()
    {
        Assert.False(Detect("Mini-Cog 4/5 on 03/04/2026; MoCA deferred").Negated);
    }

    [Fact]
    public void Should_LeaveAScreeningAnswerToTheClassifier_When_ValueIsNo()
    {
        Assert.False(Detect("Falls in past year: no").Negated);
    }
}
