using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Boilerplate;

public sealed class BoilerplateTests
{
    private const string MariaGoal =
        "Patient will check blood sugar twice daily, walk 30 minutes 5 days a week with daughter Anna and keep A1c below 7.5% by 06/2026.";

    private const string RobertGoal =
        "Patient will check blood sugar twice daily, walk 20 minutes 5 days a week with daughter Lisa and keep A1c below 8% by 09/2026.";

    private const string OwnGoal =
        "Lose 10 lb before his granddaughter's wedding in June by cutting soda to one can a day; A1c under 8% by 09/2026.";

    [Fact]
    public void Should_FlagBothPassages_When_TheyDifferOnlyInNamesDatesAndNumbers()
    {
        var audits = Audits.Of(
            new ChartBuilder("H01").Add(MariaGoal, Goals),
            new ChartBuilder("H02").Add(RobertGoal, Goals),
            new ChartBuilder("H03").Add(OwnGoal, Goals));

        var first = Assert.Single(audits[0].Templated);
        Assert.Equal((Goals, "H02"), (first.Element, first.OtherChart));
        Assert.InRange(first.Similarity, 0.9, 1);
        Assert.Equal("H01", Assert.Single(audits[1].Templated).OtherChart);
        Assert.True(Assert.Single(audits[0][Goals].Evidence).Templated);
        Assert.Empty(audits[2].Templated);
        Assert.False(Assert.Single(audits[2][Goals].Evidence).Templated);
    }

    [Fact]
    public void Should_BeWeak_When_TheOnlyEvidenceIsTemplated()
    {
        var audits = Audits.Of(
            new ChartBuilder("H01").Add(MariaGoal, Goals),
            new ChartBuilder("H02").Add(RobertGoal, Goals).Add(OwnGoal, Goals));

        Assert.Equal(ElementStatus.Weak, audits[0][Goals].Status);
        Assert.Equal("only templated text, also in chart H02", audits[0][Goals].Reason);
        Assert.Equal(ElementStatus.Present, audits[1][Goals].Status);
        Assert.Equal(OwnGoal, audits[1][Goals].Evidence[0].Text);
    }

    [Fact]
    public void Should_NotFlag_When_TheRepeatIsWithinOneChart()
    {
        var audit = Audits.Of(new ChartBuilder("H01")
            .Document("H01/a.txt").Add(MariaGoal, Goals)
            .Document("H01/b.txt").Add(MariaGoal, Goals));

        Assert.Empty(audit.Templated);
        Assert.Equal(ElementStatus.Present, audit[Goals].Status);
    }

    [Fact]
    public void Should_NotFlag_When_PassagesAreShorterThanSixWords()
    {
        var audits = Audits.Of(
            new ChartBuilder("H01").Add("A1c < 8% by 09/2026", Goals),
            new ChartBuilder("H02").Add("A1c < 7% by 12/2026", Goals));

        Assert.All(audits, a => Assert.Empty(a.Templated));
        Assert.All(audits, a => Assert.Equal(ElementStatus.Present, a[Goals].Status));
    }

    [Fact]
    public void Should_MaskThePatientsOwnName_When_HeaderNamesThePatient()
    {
        var audits = Audits.Of(
            new ChartBuilder("H01").Line("Patient: Maria Lopez  DOB: 01/02/1945")
                .Add("Maria agrees to call the nurse line if her weight rises quickly.", SymptomManagement),
            new ChartBuilder("H02").Line("Patient: Robert Chen  DOB: 03/04/1950")
                .Add("Robert agrees to call the nurse line if her weight rises quickly.", SymptomManagement));

        Assert.Equal("H02", Assert.Single(audits[0].Templated).OtherChart);
    }
}
