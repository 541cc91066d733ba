using System.Runtime.ExceptionServices;
using System.Security.Cryptography;
using NoteMiner.Extraction;
using NoteMiner.Pipeline.Caching;

namespace NoteMiner.Pipeline.Batch;

/// <summary>
/// Analyses every document of many charts on all cores. A document whose bytes, model and pipeline are in the
/// store is served from it; every other one is analysed and saved at once, so an interrupted batch resumes
/// where it stopped. A failure in one document becomes its diagnostic; an environment failure stops the batch.
/// </summary>
internal sealed class BatchRunner(IDocumentAnalyzer analyzer, AnalysisStore? store, ChartAnalysisOptions options)
{
    private int completed;
    private int fromCache;
    private int failed;

    /// <summary>The analyses per chart, in file order. Throws <see cref="OperationCanceledException"/> when cancelled.</summary>
    public IReadOnlyList<IReadOnlyList<AnalyzedDocument>> Run(
        IReadOnlyList<ChartSource> charts, IProgress<BatchProgress>? progress, CancellationToken cancellationToken)
    {
        var jobs = charts.SelectMany((chart, c) => chart.Files.Select((file, f) => (Chart: c, File: f, Path: file))).ToList();
        var results = charts.Select(chart => new AnalyzedDocument[chart.Files.Count]).ToArray();
        progress?.Report(new BatchProgress(0, jobs.Count, 0, 0));
        var parallel = new ParallelOptions
        {
            MaxDegreeOfParallelism = Math.Max(1, options.Parallelism),
            CancellationToken = cancellationToken,
        };
        try
        {
            Parallel.ForEach(jobs, parallel, job =>
            {
                var analysis = AnalyzeOne(job.Path, cancellationToken);
                results[job.Chart][job.File] = analysis;
                if (analysis.Document.Diagnostics.Any(d => d.Skipped))
                {
                    Interlocked.Increment(ref failed);
                }

                var done = Interlocked.Increment(ref completed);
                progress?.Report(new BatchProgress(done, jobs.Count, Volatile.Read(ref fromCache), Volatile.Read(ref failed)));
            });
        }
        catch (AggregateException e)
        {
            var inner = e.Flatten().InnerExceptions;
            var first = inner.FirstOrDefault(IsEnvironmentFailure) ?? inner.FirstOrDefault(x => x is OperationCanceledException) ?? inner[0];
            ExceptionDispatchInfo.Capture(first).Throw();
            throw;
        }

        return results;
    }

    public int Completed => Volatile.Read(ref completed);

    public int FromCache => Volatile.Read(ref fromCache);

    /// <summary>Exceptions that mean the machine, not the document, is broken: they stop the batch (exit 3).</summary>
    internal static bool IsEnvironmentFailure(Exception e) =>
        e is ExtractionEnvironmentException or Classifier.ClassificationModelException;

    private AnalyzedDocument AnalyzeOne(string path, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        var hash = store is { IsAvailable: true } ? TryHash(path) : null;
        if (hash is not null && store!.Find(hash, analyzer.Fingerprint, path) is { } cached)
        {
            Interlocked.Increment(ref fromCache);
            return cached;
        }

        AnalyzedDocument analysis;
        try
        {
            analysis = analyzer.Analyze(path, cancellationToken);
        }
        catch (Exception e) when (!IsEnvironmentFailure(e) && e is not OperationCanceledException)
        {
            // A bug or an unexpected parser failure in one file must not stop the batch.
            var diagnostic = new Diagnostic(path, DiagnosticKind.Corrupt, $"could not be analysed ({e.GetType().Name})")
            {
                Detail = DiagnosticDetail.Of(e),
            };
            return new AnalyzedDocument(ExtractedDocument.Failed(path, FormatSniffer.FromExtension(path), diagnostic), []);
        }

        if (hash is not null && IsWorthKeeping(analysis, hash))
        {
            store!.Save(hash, analyzer.Fingerprint, analysis);
        }

        return analysis;
    }

    /// <summary>Results that could differ on a re-run (time-outs, OCR or I/O failures) are not kept.</summary>
    private static bool IsWorthKeeping(AnalyzedDocument analysis, string hash) =>
        (analysis.Document.ContentHash.Length == 0 || analysis.Document.ContentHash == hash)
        && !analysis.Document.Diagnostics.Any(d => d.Kind is DiagnosticKind.Timeout or DiagnosticKind.OcrFailed or DiagnosticKind.Unreadable);

    /// <summary>SHA-256 of a supported file within the size limit; null when it is not worth or not possible to hash.</summary>
    private string? TryHash(string path)
    {
        if (FormatSniffer.FromExtension(path) == DocumentKind.Unknown)
        {
            return null;
        }

        try
        {
            var info = new FileInfo(path);
            if (!info.Exists || info.Length == 0 || info.Length > options.Limits.MaxFileBytes)
            {
                return null;
            }

            using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16);
            return Convert.ToHexStringLower(SHA256.HashData(stream));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
