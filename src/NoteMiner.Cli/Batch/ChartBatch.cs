using NoteMiner.Audit.Reports;
using NoteMiner.Cli.Commands;
using NoteMiner.Pipeline;

namespace NoteMiner.Cli.Batch;

/// <summary>Runs the pipeline over charts for a command: progress bar, diagnostics on stderr, interruption.</summary>
internal static class ChartBatch
{
    /// <summary>The analysis, or null when interrupted (the message is printed).</summary>
    public static ChartAnalysisResult? Run(
        AnalyzerProvider analyzers, BatchSettings settings, IReadOnlyList<string> charts, CancellationToken cancellationToken)
    {
        var options = ChartAnalysisOptions.Default with
        {
            CachePath = settings.CachePath(),
            Parallelism = settings.Jobs ?? Environment.ProcessorCount,
            Limits = analyzers.Options.Limits,
        };
        RefuseInputAsCache(options.CachePath, charts);
        var analysis = new ChartAnalysis(analyzers.Analyzer, options);

        // The first Ctrl+C stops the batch cleanly (finished documents are already in the cache); a second one kills.
        using var interrupt = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        ConsoleCancelEventHandler onCancel = (_, e) =>
        {
            if (!interrupt.IsCancellationRequested)
            {
                e.Cancel = true;
                interrupt.Cancel();
            }
        };
        Console.CancelKeyPress += onCancel;
        ChartAnalysisResult result;
        try
        {
            result = BatchProgressDisplay.Run("Auditing", progress => analysis.Analyze(charts, progress, interrupt.Token));
        }
        catch (OperationCanceledException) when (interrupt.IsCancellationRequested)
        {
            Console.Error.WriteLine(options.CachePath is { } db
                ? $"noteminer: interrupted; finished documents are kept in {db}; run the same command again to resume"
                : "noteminer: interrupted");
            return null;
        }
        finally
        {
            Console.CancelKeyPress -= onCancel;
        }

        Diagnostics.Print(result.RunDiagnostics, settings.Verbose);
        Diagnostics.Print(result.UnreadInputs, settings.Verbose);
        if (settings.Verbose)
        {
            var s = result.Statistics;
            Console.Error.WriteLine($"noteminer: {s.Documents} documents: {s.Analyzed} analysed, {s.FromCache} from the cache"
                + (options.CachePath is { } path ? $" ({path})" : "")
                + $"; analysis {s.AnalysisTime.TotalSeconds:0.00} s, audit {s.AuditTime.TotalSeconds:0.00} s");
        }

        return result;
    }

    /// <summary>SQLite would turn an empty chart file named by <c>--db</c> into a database: never use an input as the cache.</summary>
    private static void RefuseInputAsCache(string? cachePath, IReadOnlyList<string> charts)
    {
        if (cachePath is null)
        {
            return;
        }

        var cache = Path.GetFullPath(cachePath);
        var files = NoteMiner.Extraction.ChartFiles.Expand(charts, new List<Diagnostic>());
        if (files.Any(f => NoteMiner.Composer.OutputFile.SameFile(Path.GetFullPath(f), cache)))
        {
            throw new UsageException($"{cachePath}: is an input file; refusing to use it as the cache");
        }
    }

    /// <summary>What the HTML report says about the run. No timestamp or cache counts: same inputs, same report.</summary>
    public static AuditReportInfo Info(ChartAnalysisResult result, string? scope = null) => AuditReportInfo.Default with
    {
        Model = result.Model,
        Scope = scope,
        RunDiagnostics = result.RunDiagnostics,
    };

    /// <summary>Every file read, so no report is written over one of them.</summary>
    public static IReadOnlyList<string> Inputs(ChartAnalysisResult result) =>
        result.Charts.SelectMany(c => c.Documents.Select(d => d.Path)).ToList();

    public static int ExitCode(ChartAnalysisResult result) =>
        result.UnreadInputs.Count > 0 ? ExitCodes.Incomplete : ExitCodes.Success;
}
