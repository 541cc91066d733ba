using NoteMiner.Audit.Reports;
using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Reports;

public sealed class AuditMarkdownTests
{
    private static string Report() => AuditMarkdown.ToMarkdown(Audits.Of(
        new ChartBuilder("H01").Document("charts/H01/plan.txt")
            .Add("A1c < 8% by 09/2026 | walk daily", Goals)
            .Add("Caregiver: N/A", Caregiver, negated: true),
        new ChartBuilder("H02").Add("Improve diabetes", Goals)), "models/m.zip");

    [Fact]
    public void Should_SummariseGapRates_When_SeveralChartsAreAudited()
    {
        var report = Report();

        Assert.StartsWith("# Care-plan audit\n", report, StringComparison.Ordinal);
        Assert.Contains("| goals | 0 | 1 | 50% | H02 |", report, StringComparison.Ordinal);
        Assert.Contains("| caregiver | 2 | 0 | 100% | H01, H02 |", report, StringComparison.Ordinal);
        Assert.Contains("- Plan shared: 0 of 2 charts", report, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ListGapsBeforeTheChecklist_When_WritingAChart()
    {
        var report = Report();
        var chart = report[report.IndexOf("## Chart H01", StringComparison.Ordinal)..];

        Assert.True(chart.IndexOf("### Gaps", StringComparison.Ordinal) < chart.IndexOf("### Checklist", StringComparison.Ordinal));
        Assert.Contains("- **caregiver** — missing: field left blank (N/A) (“Caregiver: N/A” — plan.txt p. 1, l. 2)", chart, StringComparison.Ordinal);
        Assert.Contains("| goals | present | ", chart, StringComparison.Ordinal);
        Assert.Contains("“A1c \\< 8% by 09/2026 \\| walk daily” — plan.txt p. 1, l. 1", chart, StringComparison.Ordinal);
    }
}
