using NoteMiner.Audit;
using NoteMiner.Audit.Reports;

namespace NoteMiner.Pipeline.Sampling;

/// <summary>
/// What an auditor needs from a sample: gap rates per element over the charts that could be read, with the charts
/// behind each rate, the chart-level checks, and the charts that could not be read at all (left out of the rates).
/// </summary>
public sealed record SampleReport(
    ChartSample Sample,
    string Model,
    IReadOnlyList<ChartResult> Charts,
    IReadOnlyList<ElementGapRate> Rates,
    IReadOnlyList<string> UnreadableCharts)
{
    /// <summary>Audited charts that had at least one readable page.</summary>
    public IReadOnlyList<CarePlanAudit> Readable => Charts.Where(IsReadable).Select(c => c.Audit).ToList();

    /// <summary>Readable charts with events whose plan was not revised after every event.</summary>
    public IReadOnlyList<string> NotRevisedCharts => Readable.Where(a => a.RevisedAfterEvent == false).Select(a => a.Chart).ToList();

    public IReadOnlyList<string> ChartsWithEvents => Readable.Where(a => a.RevisedAfterEvent is not null).Select(a => a.Chart).ToList();

    public IReadOnlyList<string> NotSharedCharts => Readable.Where(a => a.PlanShared is null).Select(a => a.Chart).ToList();

    public IReadOnlyList<string> TemplatedCharts => Readable.Where(a => a.Templated.Count > 0).Select(a => a.Chart).ToList();

    public static SampleReport Create(ChartSample sample, ChartAnalysisResult result)
    {
        ArgumentNullException.ThrowIfNull(sample);
        ArgumentNullException.ThrowIfNull(result);
        var readable = result.Charts.Where(IsReadable).Select(c => c.Audit).ToList();
        var unreadable = result.Charts.Where(c => !IsReadable(c)).Select(c => c.ChartId).ToList();
        return new SampleReport(sample, result.Model, result.Charts, GapRates.Compute(readable), unreadable);
    }

    /// <summary>A chart counts when any of its documents yielded a page; otherwise its "gaps" would only be read errors.</summary>
    public static bool IsReadable(ChartResult chart)
    {
        ArgumentNullException.ThrowIfNull(chart);
        return chart.Documents.Any(d => d.Pages.Count > 0);
    }
}
