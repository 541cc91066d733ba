using System.Collections.Concurrent;
using System.Runtime.ExceptionServices;
using NoteMiner.Extraction.Ocr.Native;

namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// OCR with Tesseract 5 through its C API. Pages are recognised in parallel, one Tesseract per thread, from a
/// bounded pool that every document using the same engine shares; use <see cref="Shared"/> for the
/// process-wide one. A page that reads poorly as it is gets its orientation (90/180/270) detected and corrected.
/// </summary>
public sealed class TesseractOcrEngine : IOcrEngine
{
    private static readonly Lazy<TesseractOcrEngine> SharedEngine = new(() => new TesseractOcrEngine(Environment.ProcessorCount));

    private readonly TesseractPool _pool;

    // OpenMP threads inside Tesseract fight each other when pages already run in parallel; the limit must be in
    // the C environment before libtesseract (and with it libgomp) loads.
    static TesseractOcrEngine() => NativeEnvironment.LimitOpenMpThreads();

    /// <summary>An engine recognising at most <paramref name="maxConcurrentPages"/> pages at once.</summary>
    public TesseractOcrEngine(int maxConcurrentPages)
    {
        _pool = new TesseractPool(maxConcurrentPages);
    }

    /// <summary>The process-wide engine, bounded by the number of cores; created on first use.</summary>
    public static TesseractOcrEngine Shared => SharedEngine.Value;

    /// <summary>The native Tesseract version, e.g. <c>5.3.0</c>; throws ExtractionEnvironmentException when absent.</summary>
    public static string Version
    {
        get
        {
            OcrInstallation.EnsureLibraries();
            return Tesseract.Version();
        }
    }

    /// <inheritdoc/>
    public IReadOnlyList<OcrOutcome> Recognize(
        string file, IReadOnlyList<PageImage> images, ExtractionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(file);
        ArgumentNullException.ThrowIfNull(images);
        ArgumentNullException.ThrowIfNull(options);
        if (images.Count == 0)
        {
            return [];
        }

        OcrInstallation.EnsureLibraries();
        var datapath = OcrInstallation.FindTessdata(
            options.OcrDataPath, OcrInstallation.ModelsFor(options.OcrLanguage, options.DetectOrientation));

        var outcomes = new OcrOutcome[images.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Math.Clamp(options.OcrParallelism, 1, _pool.Capacity) };
        // No buffering: each worker takes the next page only when it is free, so one slow page does not hold others.
        var order = Partitioner.Create(Enumerable.Range(0, images.Count), EnumerablePartitionerOptions.NoBuffering);
        try
        {
            Parallel.ForEach(order, parallel, i => outcomes[i] = RecognizePage(file, images[i], datapath, options, cancellationToken));
        }
        catch (AggregateException e) when (e.InnerExceptions.OfType<ExtractionEnvironmentException>().FirstOrDefault() is { } environment)
        {
            ExceptionDispatchInfo.Throw(environment);
        }

        return outcomes;
    }

    private OcrOutcome RecognizePage(string file, PageImage image, string datapath, ExtractionOptions options, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return Abandoned(file, image, options);
        }

        var (decoded, problem) = PageImageDecoder.Decode(file, image, options.Limits);
        if (decoded is null)
        {
            return new OcrOutcome(image.PageNumber, null, problem);
        }

        using var pix = decoded.Pix;
        using var lease = _pool.Rent(datapath, options.OcrLanguage, cancellationToken);
        if (lease is null)
        {
            return Abandoned(file, image, options);
        }

        // The page's time starts once it has an engine: waiting for a free one is not the page's fault.
        var budget = new PageBudget(options.Limits.TimePerOcrPage, cancellationToken);
        try
        {
            var dpi = PageResolution.Choose(decoded.Width, decoded.Height, decoded.DeclaredDpi, image.PageWidth);
            if (PageRecognition.Read(lease.Instance, pix, dpi, options.DetectOrientation, budget) is not { } read)
            {
                return budget.IsExhausted ? Abandoned(file, image, options) : Failed(file, image, "Tesseract could not recognise the page");
            }

            var page = OcrPageBuilder.Build(image.PageNumber, read.Lines, decoded.Width, decoded.Height, read.QuarterTurns, image);
            return new OcrOutcome(image.PageNumber, page, null);
        }
        catch (Exception e) when (e is not ExtractionEnvironmentException)
        {
            lease.Broken = true;
            return new OcrOutcome(image.PageNumber, null, new Diagnostic(file, DiagnosticKind.OcrFailed, $"OCR failed ({e.GetType().Name})")
            {
                Page = image.PageNumber,
                Skipped = false,
                Detail = e.ToString(),
            });
        }
    }

    private static OcrOutcome Abandoned(string file, PageImage image, ExtractionOptions options) =>
        new(image.PageNumber, null, new Diagnostic(
            file, DiagnosticKind.Timeout, $"OCR abandoned: over the time limit of {options.Limits.TimePerOcrPage.TotalSeconds:0.#} s per page or cancelled")
        {
            Page = image.PageNumber,
            Skipped = false,
        });

    private static OcrOutcome Failed(string file, PageImage image, string message) =>
        new(image.PageNumber, null, new Diagnostic(file, DiagnosticKind.OcrFailed, message) { Page = image.PageNumber, Skipped = false });
}
