using System.ComponentModel;
using System.Diagnostics;
using System.Globalization;
using NoteMiner.Extraction;
using NoteMiner.Extraction.Ocr;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer bench ocr FILE…</c>: NoteMiner's OCR throughput (pages in parallel, one Tesseract per core)
/// beside the <c>tesseract</c> command run once per file, sequentially, with <c>OMP_THREAD_LIMIT=1</c>, on the
/// same images in the same run. Prints figures only, never recognised text.
/// </summary>
internal sealed class BenchOcrCommand : Command<BenchOcrCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<FILE>")]
        [Description("PNG, JPEG or TIFF images (folders are walked).")]
        public string[] Files { get; init; } = [];

        [CommandOption("--parallelism <N>")]
        [Description("Pages recognised at once (default: all cores).")]
        public int Parallelism { get; init; } = Environment.ProcessorCount;

        [CommandOption("--no-orientation")]
        [Description("Skip orientation detection, as the tesseract command does by default.")]
        public bool NoOrientation { get; init; }

        [CommandOption("--skip-cli")]
        [Description("Measure NoteMiner only.")]
        public bool SkipCli { get; init; }

        public override ValidationResult Validate() =>
            Files.Length == 0 ? ValidationResult.Error("bench ocr needs at least one image FILE")
            : Parallelism < 1 ? ValidationResult.Error("--parallelism must be at least 1")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folderDiagnostics = new List<Diagnostic>();
        var files = ChartFiles.Expand(settings.Files, folderDiagnostics)
            .Where(f => FormatSniffer.FromExtension(f) is DocumentKind.Png or DocumentKind.Jpeg or DocumentKind.Tiff)
            .ToList();
        if (files.Count == 0)
        {
            throw new UsageException("bench ocr: no PNG, JPEG or TIFF files given");
        }

        var options = ExtractionOptions.Default with { OcrParallelism = settings.Parallelism, DetectOrientation = !settings.NoOrientation };
        var reader = DefaultExtractors.CreateReader(new TesseractOcrEngine(settings.Parallelism));
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            "Tesseract {0}, {1} file(s), {2} core(s), parallelism {3}, orientation detection {4}",
            TesseractOcrEngine.Version, files.Count, Environment.ProcessorCount, settings.Parallelism, options.DetectOrientation ? "on" : "off");
        AnsiConsole.MarkupLine("baseline: tesseract FILE stdout, one process per file, one after the other, OMP_THREAD_LIMIT=1");

        var load = LoadAverage();
        var table = new Table().AddColumns("run", "pages", "chars", "wall s", "pages/s", "vs CLI", "CPU s", "CPU s/page");
        var cold = RunNoteMiner(reader, files, options, cancellationToken);
        var cli = settings.SkipCli ? null : BenchTesseractCli.Run(files, cancellationToken);
        var warm = RunNoteMiner(reader, files, options, cancellationToken);

        if (cli is { } c)
        {
            AddRow(table, "tesseract CLI", c, null);
        }

        AddRow(table, "NoteMiner cold", cold, cli);
        AddRow(table, "NoteMiner warm", warm, cli);
        AnsiConsole.Write(table);
        AnsiConsole.MarkupLine(CultureInfo.InvariantCulture,
            "cold: includes starting the engines; load average before/after: {0} / {1} (other processes slow the parallel runs most)",
            load,
            LoadAverage());
        if (settings.SkipCli is false && cli is null)
        {
            AnsiConsole.MarkupLine("[yellow]the tesseract command was not found; only NoteMiner was measured[/]");
        }

        Diagnostics.Print(folderDiagnostics.Concat(warm.Diagnostics), settings.Verbose);
        return warm.Diagnostics.Count > 0 || folderDiagnostics.Count > 0 ? ExitCodes.Incomplete : ExitCodes.Success;
    }

    private static BenchRun RunNoteMiner(DocumentReader reader, IReadOnlyList<string> files, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var processor = Process.GetCurrentProcess();
        var processorBefore = processor.TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        var documents = new ExtractedDocument[files.Count];
        // Documents run concurrently too: their pages share the engine's bounded pool, as in a batch.
        Parallel.For(0, files.Count, new ParallelOptions { MaxDegreeOfParallelism = options.OcrParallelism }, i =>
            documents[i] = reader.Read(files[i], options, cancellationToken));
        clock.Stop();
        var pages = documents.Sum(d => d.Pages.Count);
        var characters = documents.Sum(d => d.Pages.Sum(p => p.Lines.Sum(l => l.Text.Length)));
        processor.Refresh();
        var processorTime = processor.TotalProcessorTime - processorBefore;
        return new BenchRun(pages, characters, clock.Elapsed, processorTime, documents.SelectMany(d => d.Diagnostics).ToList());
    }

    private static string LoadAverage()
    {
        try
        {
            return File.Exists("/proc/loadavg") ? File.ReadAllText("/proc/loadavg").Split(' ')[0] : "n/a";
        }
        catch (IOException)
        {
            return "n/a";
        }
    }

    private static void AddRow(Table table, string name, BenchRun run, BenchRun? baseline)
    {
        var speedup = baseline is { PagesPerSecond: > 0 } b ? $"{run.PagesPerSecond / b.PagesPerSecond:0.00}×" : "";
        table.AddRow(
            Markup.Escape(name),
            run.Pages.ToString(CultureInfo.InvariantCulture),
            run.Characters.ToString("N0", CultureInfo.InvariantCulture),
            run.Elapsed.TotalSeconds.ToString("0.00", CultureInfo.InvariantCulture),
            run.PagesPerSecond.ToString("0.00", CultureInfo.InvariantCulture),
            speedup,
            run.ProcessorTime.TotalSeconds.ToString("0.0", CultureInfo.InvariantCulture),
            run.Pages > 0 ? (run.ProcessorTime.TotalSeconds / run.Pages).ToString("0.00", CultureInfo.InvariantCulture) : "");
    }
}
