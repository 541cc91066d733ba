using NoteMiner.Audit;
using NoteMiner.Pipeline.Batch;

namespace NoteMiner.Pipeline;

/// <summary>
/// A batch's outcome: one result per chart in input order, problems of the run itself (e.g. an unusable cache),
/// and what was done. <see cref="UnreadInputs"/> are the diagnostics that make a run incomplete (exit code 1).
/// </summary>
public sealed record ChartAnalysisResult(
    string Model,
    IReadOnlyList<ChartResult> Charts,
    IReadOnlyList<Diagnostic> RunDiagnostics,
    BatchStatistics Statistics)
{
    public IReadOnlyList<CarePlanAudit> Audits => Charts.Select(c => c.Audit).ToList();

    /// <summary>Every document and folder diagnostic: a file not read, or read only in part (exit code 1).</summary>
    public IReadOnlyList<Diagnostic> UnreadInputs => Charts.SelectMany(chart => chart.Diagnostics).ToList();
}
