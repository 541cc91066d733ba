using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Revisions;

public sealed class RevisionRuleTests
{
    private static ChartBuilder Chart() =>
        new ChartBuilder("H01").Document("H01/2026-03-04_note.txt").Add("Admitted 02/10/2026 for CHF exacerbation", Other);

    [Fact]
    public void Should_BeRevised_When_ADatedRevisionSaysWhatChangedAfterTheEvent()
    {
        var audit = Audits.Of(Chart().Add("Care plan updated 02/20/2026: furosemide increased to 40 mg daily, daily weights added", PlanRevision));

        Assert.True(audit.RevisedAfterEvent);
        var revision = Assert.Single(audit.Events).Revision;
        Assert.NotNull(revision);
        Assert.Equal(new DateOnly(2026, 2, 20), revision.Date);
        Assert.Equal(ElementStatus.Present, audit[PlanRevision].Status);
    }

    [Fact]
    public void Should_NotBeRevised_When_PlanWasOnlyReviewedWithNoChanges()
    {
        var audit = Audits.Of(Chart().Add("Care plan reviewed 02/20/2026, no changes", PlanRevision));

        Assert.False(audit.RevisedAfterEvent);
        Assert.Null(Assert.Single(audit.Events).Revision);
        Assert.Equal(ElementStatus.Missing, audit[PlanRevision].Status);
    }

    [Fact]
    public void Should_BeNull_When_ChartHasNoEvents()
    {
        var audit = Audits.Of(new ChartBuilder("H01").Add("A1c < 8% by 09/2026", Goals));

        Assert.Null(audit.RevisedAfterEvent);
        Assert.Empty(audit.Events);
        Assert.Equal("not found in chart (no events found that require one)", audit[PlanRevision].Reason);
    }

    [Fact]
    public void Should_NotBeRevised_When_TheRevisionPredatesTheEvent()
    {
        var audit = Audits.Of(Chart().Add("Care plan updated 01/15/2026: metformin increased to 1000 mg BID", PlanRevision));

        Assert.False(audit.RevisedAfterEvent);
    }

    [Fact]
    public void Should_TellTheDatesApart_When_OnePassageNamesTheEventAndTheRevision()
    {
        var audit = Audits.Of(new ChartBuilder("H01").Document("H01/2026-03-04_note.txt")
            .Add("Care plan revised 02/20/2026 after hospitalization 02/10–02/14/2026: metformin stopped, insulin started", PlanRevision));

        var chartEvent = Assert.Single(audit.Events);
        Assert.Equal(new DateOnly(2026, 2, 10), chartEvent.Date);
        Assert.Equal(new DateOnly(2026, 2, 20), chartEvent.Revision?.Date);
        Assert.True(audit.RevisedAfterEvent);
    }

    [Fact]
    public void Should_NotBeRevised_When_OnlyOneOfTwoEventsIsCovered()
    {
        var audit = Audits.Of(Chart()
            .Add("Care plan updated 02/20/2026: furosemide increased to 40 mg daily", PlanRevision)
            .Add("ED visit 03/01/2026 for hypoglycemia", Other));

        Assert.False(audit.RevisedAfterEvent);
        Assert.Equal([true, false], audit.Events.Select(e => e.Revision is not null));
    }

    [Fact]
    public void Should_DateTheRevisionByItsNote_When_TheRevisionTextHasNoDate()
    {
        var audit = Audits.Of(new ChartBuilder("H01")
            .Document("H01/ed.txt").Line("Date of service: 02/20/2026").Add("Seen in the ED yesterday for COPD exacerbation", Other)
            .Document("H01/ccm.txt").Line("Date of service: 03/01/2026")
            .Add("Care plan updated after ED visit: rescue inhaler added, COPD action plan given", PlanRevision));

        Assert.True(audit.RevisedAfterEvent);
        Assert.Equal(new DateOnly(2026, 3, 1), Assert.Single(audit.Events).Revision?.Date);
    }

    [Fact]
    public void Should_NotCountARevision_When_ItDoesNotSayWhatChanged()
    {
        var audit = Audits.Of(Chart().Add("Care plan updated 02/20/2026", PlanRevision));

        Assert.False(audit.RevisedAfterEvent);
        Assert.Equal("revision does not say what changed", audit[PlanRevision].Reason);
    }
}
