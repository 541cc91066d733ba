using NoteMiner.Audit;

namespace NoteMiner.Cli;

/// <summary>
/// A chart's audit with the extracted documents it was made from (appeal quotes are verified against them) and
/// the diagnostics of files that could not be read, including those found while walking folders.
/// </summary>
internal sealed record AuditedChart(CarePlanAudit Audit, IReadOnlyList<ExtractedDocument> Documents, IReadOnlyList<Diagnostic> Diagnostics);
