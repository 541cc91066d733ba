namespace NoteMiner.Cli;

/// <summary>
/// Reads, classifies and audits one chart (a folder or a file): the seam <c>appeal</c> gets its audit through.
/// The application registers the real pipeline (extraction → segmentation → classification → audit).
/// </summary>
internal interface IChartAuditor
{
    /// <summary>
    /// Audits the chart at <paramref name="chart"/>. A bad document is a diagnostic in the result; a broken
    /// environment throws the stage's exception type.
    /// </summary>
    AuditedChart Audit(string chart, CancellationToken cancellationToken);
}
