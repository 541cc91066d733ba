using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using NoteMiner.Cli.Bench;
using NoteMiner.Extraction.Ocr;
using NoteMiner.Extraction.Pdf;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer bench pdf FILE [--repeat N] [--generate PAGES]</c>: pages per second of PDF text extraction with layout
/// analysis on one thread, beside <c>pdftotext</c> on the same file when it is installed, and pages per second of
/// process CPU time (JIT and GC threads included). For a strict one-core figure run it under <c>taskset -c 0</c>.
/// Scanned pages are not recognised.
/// </summary>
internal sealed class BenchPdfCommand : Command<BenchPdfCommand.Settings>
{
    private const int WarmUpPages = 200;

    private static readonly TimeSpan WarmUpTime = TimeSpan.FromSeconds(5);

    internal sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("The PDF to extract.")]
        public string File { get; init; } = "";

        [CommandOption("--generate <PAGES>")]
        [Description("First write a made-up chart of PAGES pages to FILE (headings, paragraphs, a table, two columns).")]
        public int? Generate { get; init; }

        [CommandOption("--repeat")]
        [Description("How many timed runs (after one warm-up run). Default 20.")]
        public int Repeat { get; init; } = 20;

        public override ValidationResult Validate() =>
            Repeat < 1 ? ValidationResult.Error("--repeat must be at least 1")
            : Generate is < 1 ? ValidationResult.Error("--generate must be at least 1 page")
            : Generate is null && !System.IO.File.Exists(File) ? ValidationResult.Error($"{File}: no such file")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        if (settings.Generate is { } generate)
        {
            try
            {
                System.IO.File.WriteAllBytes(settings.File, SyntheticChartPdf.Write(generate));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Console.Error.WriteLine($"noteminer: {settings.File}: cannot be written");
                return ExitCodes.Incomplete;
            }
        }

        var extractor = new PdfExtractor(UnavailableOcrEngine.Instance);
        var warmUp = extractor.Extract(settings.File, ExtractionOptions.Default, cancellationToken);
        if (warmUp.Pages.Count == 0)
        {
            Diagnostics.Print(warmUp.Diagnostics, settings.Verbose);
            return ExitCodes.Incomplete;
        }

        var scanned = warmUp.Diagnostics.Count(d => d.Kind == DiagnosticKind.OcrFailed);
        var pages = warmUp.Pages.Count + scanned;

        // The JIT recompiles hot methods after some 30 calls; time the steady state, not the first pages.
        var warming = Stopwatch.StartNew();
        for (var warmed = pages; warmed < WarmUpPages && warming.Elapsed < WarmUpTime; warmed += pages)
        {
            extractor.Extract(settings.File, ExtractionOptions.Default, cancellationToken);
        }

        var cpu = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        for (var run = 0; run < settings.Repeat; run++)
        {
            extractor.Extract(settings.File, ExtractionOptions.Default, cancellationToken);
        }

        var ours = Rate(pages, settings.Repeat, clock.Elapsed);
        var oursCpu = Rate(pages, settings.Repeat, Process.GetCurrentProcess().TotalProcessorTime - cpu);
        Console.WriteLine(Invariant($"file: {settings.File} ({pages} pages, {settings.Repeat} runs, one thread)"));
        Console.WriteLine(Invariant($"noteminer: {ours:F1} pages/s, {oursCpu:F1} pages per CPU second (text layer and layout analysis{(scanned > 0 ? $"; {scanned} scanned pages not recognised" : "")})"));
        Console.WriteLine(PdfToText(settings.File, pages, settings.Repeat, cancellationToken) is { } reference
            ? Invariant($"pdftotext: {reference:F1} pages/s (one process per run, start-up included)")
            : "pdftotext: not installed");
        return ExitCodes.Success;
    }

    private static double? PdfToText(string file, int pages, int repeat, CancellationToken cancellationToken)
    {
        try
        {
            RunPdfToText(file);
            var clock = Stopwatch.StartNew();
            for (var run = 0; run < repeat; run++)
            {
                cancellationToken.ThrowIfCancellationRequested();
                RunPdfToText(file);
            }

            return Rate(pages, repeat, clock.Elapsed);
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return null;
        }
    }

    private static void RunPdfToText(string file)
    {
        var start = new ProcessStartInfo("pdftotext") { RedirectStandardOutput = true, UseShellExecute = false };
        start.ArgumentList.Add("-q");
        start.ArgumentList.Add(file);
        start.ArgumentList.Add("-");
        using var process = Process.Start(start) ?? throw new System.ComponentModel.Win32Exception("pdftotext did not start");
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
    }

    private static double Rate(int pages, int repeat, TimeSpan elapsed) => pages * repeat / elapsed.TotalSeconds;

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
