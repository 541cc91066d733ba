using NoteMiner.Pipeline;

namespace NoteMiner.Cli.Batch;

/// <summary>The appeal's <see cref="IChartAuditor"/> on the real pipeline (no cache: one chart, one run).</summary>
internal sealed class PipelineChartAuditor(AnalyzerProvider analyzers) : IChartAuditor
{
    public AuditedChart Audit(string chart, CancellationToken cancellationToken)
    {
        var result = new ChartAnalysis(analyzers.Analyzer).AnalyzeChart(chart, cancellationToken);
        return new AuditedChart(result.Audit, result.Documents, result.Diagnostics.ToList());
    }
}
