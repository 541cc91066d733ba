using System.Diagnostics;
using NoteMiner.Audit;
using NoteMiner.Pipeline.Batch;
using NoteMiner.Pipeline.Caching;

namespace NoteMiner.Pipeline;

/// <summary>
/// The whole pipeline for charts: files → extraction → passages → classification (through an
/// <see cref="IDocumentAnalyzer"/>, cached by content) → <see cref="CarePlanAuditor"/> over all charts together.
/// The one place the stages are composed; the CLI's audit, sample and appeal commands all call it. Thread-safe.
/// </summary>
public sealed partial class ChartAnalysis
{
    public ChartAnalysis(IDocumentAnalyzer analyzer, ChartAnalysisOptions? options = null)
    {
        Analyzer = analyzer ?? throw new ArgumentNullException(nameof(analyzer));
        Options = options ?? ChartAnalysisOptions.Default;
    }

    public IDocumentAnalyzer Analyzer { get; }

    public ChartAnalysisOptions Options { get; }

    /// <summary>
    /// Analyses and audits <paramref name="chartPaths"/> (folders or single files) together. Bad documents become
    /// diagnostics; an environment failure throws the stage's exception; cancellation throws
    /// <see cref="OperationCanceledException"/> after saving every finished document to the cache.
    /// </summary>
    public ChartAnalysisResult Analyze(
        IReadOnlyList<string> chartPaths, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chartPaths);
        var sources = ChartSources.Resolve(chartPaths);
        using var store = Options.CachePath is { } cachePath ? AnalysisStore.Open(cachePath) : null;
        var runner = new BatchRunner(Analyzer, store, Options);
        var watch = Stopwatch.StartNew();
        var analyses = runner.Run(sources, progress, cancellationToken);
        var analysisTime = watch.Elapsed;

        var inputs = sources.Select((source, i) => ToInput(source, analyses[i])).ToList();
        watch.Restart();
        var audits = new CarePlanAuditor(Options.Audit).Audit(inputs);
        var auditTime = watch.Elapsed;

        var charts = sources.Select((source, i) => new ChartResult(source.ChartId, source.Path, audits[i], inputs[i]) { IsFolder = source.IsFolder }).ToList();
        var documents = sources.Sum(s => s.Files.Count);
        var statistics = new BatchStatistics(documents, documents - runner.FromCache, runner.FromCache, analysisTime, auditTime);
        return new ChartAnalysisResult(Analyzer.ModelName, charts, store?.Diagnostics ?? [], statistics);
    }

    /// <summary>One chart on its own (no boilerplate comparison with other charts): its audit and documents.</summary>
    public ChartResult AnalyzeChart(string chartPath, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrEmpty(chartPath);
        return Analyze([chartPath], null, cancellationToken).Charts[0];
    }

    private static ChartInput ToInput(ChartSource source, IReadOnlyList<AnalyzedDocument> analyses)
    {
        // Folder problems travel as failed documents so that every report lists them with the chart.
        var walk = source.WalkDiagnostics.Select(d => ExtractedDocument.Failed(d.File, DocumentKind.Unknown, d));
        var documents = walk.Concat(analyses.Select(a => a.Document)).ToList();
        return new ChartInput(source.ChartId, documents, analyses.SelectMany(a => a.Passages).ToList());
    }
}
