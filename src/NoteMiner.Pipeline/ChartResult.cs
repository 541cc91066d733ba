using NoteMiner.Audit;

namespace NoteMiner.Pipeline;

/// <summary>
/// One chart after the pipeline: its audit and what the audit was made from (documents and classified passages),
/// so a caller can verify quotes against the extracted text. <see cref="Input"/>'s documents include one failed
/// entry per problem met while walking the chart's folder.
/// </summary>
public sealed record ChartResult(string ChartId, string Path, CarePlanAudit Audit, ChartInput Input)
{
    /// <summary>True when the chart is a folder (walked recursively), false for a single file.</summary>
    public bool IsFolder { get; init; }

    public IReadOnlyList<ExtractedDocument> Documents => Input.Documents;

    /// <summary>Every diagnostic of the chart's documents and folder.</summary>
    public IEnumerable<Diagnostic> Diagnostics => Input.Documents.SelectMany(d => d.Diagnostics);
}
