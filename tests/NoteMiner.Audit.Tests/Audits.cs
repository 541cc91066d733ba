namespace NoteMiner.Audit.Tests;

/// <summary>Runs the auditor with default options.</summary>
internal static class Audits
{
    private static readonly CarePlanAuditor Auditor = new();

    public static CarePlanAudit Of(ChartBuilder chart) => Auditor.Audit(chart.Build());

    public static IReadOnlyList<CarePlanAudit> Of(params ChartBuilder[] charts) => Auditor.Audit(charts.Select(c => c.Build()).ToList());
}
