using NoteMiner.Audit.Reports;
using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests;

public sealed class DeterminismTests
{
    private static IReadOnlyList<ChartInput> Charts() =>
    [
        new ChartBuilder("H01").Document("H01/2026-03-04_note.txt")
            .Add("Patient will check blood sugar twice daily and walk 30 minutes a day with daughter Anna.", Goals)
            .Add("Admitted 02/10/2026 for CHF", Other)
            .Add("Care plan updated 02/20/2026: furosemide increased", PlanRevision)
            .Add("Care plan mailed 03/04/2026", PlanShared).Build(),
        new ChartBuilder("H02")
            .Add("Patient will check blood sugar twice daily and walk 20 minutes a day with daughter Lisa.", Goals)
            .Add("PHQ-9 = 12 on 01/15/2026, referred to behavioral health", Psychosocial).Build(),
    ];

    [Fact]
    public void Should_WriteIdenticalOutput_When_AuditingTheSameChartsTwice()
    {
        var first = AuditJson.ToJson(new CarePlanAuditor().Audit(Charts()), "m");
        var second = AuditJson.ToJson(new CarePlanAuditor().Audit(Charts()), "m");

        Assert.Equal(first, second);
        Assert.Equal(AuditMarkdown.ToMarkdown(new CarePlanAuditor().Audit(Charts())), AuditMarkdown.ToMarkdown(new CarePlanAuditor().Audit(Charts())));
    }

    [Fact]
    public void Should_GiveEachChartTheSameFindings_When_ChartOrderChanges()
    {
        var forward = new CarePlanAuditor().Audit(Charts());
        var backward = new CarePlanAuditor().Audit(Charts().Reverse().ToList());

        Assert.Equal(AuditJson.ToJson([forward[0]], "m"), AuditJson.ToJson([backward[1]], "m"));
        Assert.Equal(AuditJson.ToJson([forward[1]], "m"), AuditJson.ToJson([backward[0]], "m"));
    }
}
