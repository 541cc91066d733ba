namespace NoteMiner.Cli;

/// <summary>
/// The seam before the audit pipeline is wired into the CLI: <c>appeal</c> stops with an environment error
/// instead of inventing an audit. <see cref="NoteMinerApp"/> registers the real <see cref="IChartAuditor"/>.
/// </summary>
internal sealed class UnavailableChartAuditor : IChartAuditor
{
    public AuditedChart Audit(string chart, CancellationToken cancellationToken) =>
        throw new PipelineUnavailableException("the audit stage is not wired into this build; appeal cannot read charts yet");
}
