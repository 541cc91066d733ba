using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Events;

public sealed class EventRuleTests
{
    private static ChartBuilder Note(string id = "H01", string date = "03/04/2026") =>
        new ChartBuilder(id).Document($"{id}/progress.txt").Line($"Date of service: {date}");

    [Theory]
    [InlineData("Admitted 02/10/2026 for CHF exacerbation, discharged 02/14/2026", ChartEventType.Hospitalization, "2026-02-10")]
    [InlineData("Hospitalized 02/10–02/14/2026 for pneumonia", ChartEventType.Hospitalization, "2026-02-10")]
    [InlineData("ED visit on 01/22/2026 for hypoglycemia", ChartEventType.EdVisit, "2026-01-22")]
    [InlineData("Seen in the ED on 2/10 after a fall", ChartEventType.EdVisit, "2026-02-10")]
    [InlineData("Fell and fractured left wrist on January 5, 2026", ChartEventType.OtherChange, "2026-01-05")]
    [InlineData("Discharged from SNF 02/01/2026 after hip surgery rehab", ChartEventType.OtherChange, "2026-02-01")]
    [InlineData("Started on insulin glargine 10 units nightly 02/15/2026", ChartEventType.OtherChange, "2026-02-15")]
    public void Should_FindTheEventWithItsDate_When_NoteReportsIt(string text, ChartEventType type, string date)
    {
        var audit = Audits.Of(Note().Add(text, Other));

        var chartEvent = Assert.Single(audit.Events);
        Assert.Equal(type, chartEvent.Type);
        Assert.Equal(DateOnly.Parse(date, System.Globalization.CultureInfo.InvariantCulture), chartEvent.Date);
        Assert.Equal(text, chartEvent.Evidence.Text);
    }

    [Fact]
    public void Should_KeepAnUndatedRecentEvent_When_ItSaysRecent()
    {
        var chartEvent = Assert.Single(Audits.Of(Note().Add("Newly diagnosed atrial fibrillation, started apixaban", ProblemList)).Events);

        Assert.Equal(ChartEventType.OtherChange, chartEvent.Type);
        Assert.Null(chartEvent.Date);
    }

    [Theory]
    [InlineData("No hospitalizations or ED visits since last visit", Other)]
    [InlineData("Denies ED visits in the past year", Other)]
    [InlineData("Goal: avoid ED visits and readmission over the next 6 months", Goals)]
    [InlineData("If chest pain lasts over 5 minutes, call 911 and go to the emergency room", SymptomManagement)]
    [InlineData("s/p CABG 2015; history of stroke", ProblemList)]
    [InlineData("Hospitalized for pneumonia 03/12/2019", Other)]
    [InlineData("Knee surgery scheduled for 04/15/2026", Other)]
    [InlineData("Surgery on 04/15/2026 with Dr. Lee", Other)]
    [InlineData("Risk of readmission discussed", Other)]
    public void Should_FindNoEvent_When_MentionIsNegatedHypotheticalHistoricalOrPlanned(string text, ElementLabel label)
    {
        Assert.Empty(Audits.Of(Note().Add(text, label)).Events);
    }

    [Fact]
    public void Should_MergeOneStay_When_SeveralDocumentsReportIt()
    {
        var chart = new ChartBuilder("H01")
            .Document("H01/discharge_summary.txt").Line("Date of service: 02/14/2026")
            .Add("Admitted 02/10/2026 with CHF exacerbation; discharged home 02/14/2026", Other)
            .Document("H01/2026-02-20_ccm_call.txt")
            .Add("Hospitalization 02/10–02/14/2026 reviewed with patient", Other)
            .Document("H01/2026-03-04_visit.txt")
            .Add("Follow-up after hospital discharge 02/14/2026; weight stable", Other);

        var chartEvent = Assert.Single(Audits.Of(chart).Events);

        Assert.Equal(new DateOnly(2026, 2, 10), chartEvent.Date);
        Assert.Equal("H01/discharge_summary.txt", chartEvent.Evidence.File);
    }

    [Fact]
    public void Should_KeepSeparateEvents_When_DatesAreApart()
    {
        var chart = Note()
            .Add("ED visit 01/05/2026 for COPD exacerbation", Other)
            .Add("Admitted 02/10/2026 for pneumonia", Other)
            .Add("ED visit 02/27/2026 for fall", Other);

        var events = Audits.Of(chart).Events;

        Assert.Equal(
            [(ChartEventType.EdVisit, new DateOnly(2026, 1, 5)), (ChartEventType.Hospitalization, new DateOnly(2026, 2, 10)), (ChartEventType.EdVisit, new DateOnly(2026, 2, 27))],
            events.Select(e => (e.Type, e.Date!.Value)));
    }

    [Fact]
    public void Should_KeepAnEvent_When_ItPostdatesItsNoteButPredatesALaterDateInThePassage()
    {
        var audit = Audits.Of(new ChartBuilder("H01").Document("H01/plan.txt").Line("Date of service: 01/12/2026")
            .Add("Care plan updated 03/01/2026 after ED visit 02/25/2026: albuterol nebulizer added", PlanRevision));

        Assert.Equal(new DateOnly(2026, 2, 25), Assert.Single(audit.Events).Date);
        Assert.True(audit.RevisedAfterEvent);
    }
}
