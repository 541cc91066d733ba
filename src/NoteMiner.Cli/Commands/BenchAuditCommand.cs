using System.ComponentModel;
using System.Diagnostics;
using System.Reflection;
using NoteMiner.Cli.Batch;
using NoteMiner.Cli.Bench;
using NoteMiner.Pipeline;
using Spectre.Console;
using Spectre.Console.Cli;
using static System.FormattableString;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer bench audit [--pages N] [--format txt|pdf|both] [--runs N] [--keep DIR]</c>: end-to-end wall time of
/// <c>noteminer audit</c> on a made-up N-page chart (plain text, text-layer PDF), process start included (no cache;
/// and served from the cache), then the stages in this process (model load, analysis, audit).
/// </summary>
internal sealed class BenchAuditCommand(AnalyzerProvider analyzers) : Command<BenchAuditCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("--pages <N>")]
        [Description("Pages of the generated chart. Default 50.")]
        public int Pages { get; init; } = 50;

        [CommandOption("--format <FORMAT>")]
        [Description("txt, pdf or both (default).")]
        public string Format { get; init; } = "both";

        [CommandOption("--runs <N>")]
        [Description("Timed runs of each kind. Default 5.")]
        public int Runs { get; init; } = 5;

        [CommandOption("--keep <DIR>")]
        [Description("Write the generated chart to DIR and keep it (default: a temporary folder, deleted after).")]
        public string? Keep { get; init; }

        public override ValidationResult Validate() =>
            Pages < 1 ? ValidationResult.Error("--pages must be at least 1")
            : Runs < 1 ? ValidationResult.Error("--runs must be at least 1")
            : Format is not ("txt" or "pdf" or "both") ? ValidationResult.Error("--format must be txt, pdf or both")
            : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var work = settings.Keep is { } keep ? Directory.CreateDirectory(keep).FullName : Directory.CreateTempSubdirectory("noteminer-bench-").FullName;
        try
        {
            Console.WriteLine(Invariant($"{settings.Pages}-page chart, {settings.Runs} runs each, {Environment.ProcessorCount} cores"));
            var load = Stopwatch.StartNew();
            var analysis = new ChartAnalysis(analyzers.Analyzer);
            Console.WriteLine(Invariant($"in process: model load {load.Elapsed.TotalSeconds:F2} s"));
            foreach (var format in settings.Format == "both" ? ["txt", "pdf"] : new[] { settings.Format })
            {
                var chart = Directory.CreateDirectory(Path.Combine(work, $"bench-{format}")).FullName;
                var file = Path.Combine(chart, $"care_plan.{format}");
                if (format == "pdf")
                {
                    File.WriteAllBytes(file, SyntheticChartPdf.Write(settings.Pages));
                }
                else
                {
                    File.WriteAllText(file, SyntheticChartText.Create(settings.Pages));
                }

                Measure(format, chart, work, settings.Runs);
                var first = analysis.Analyze([chart], null, cancellationToken).Statistics;
                var warm = Enumerable.Range(0, settings.Runs).Select(_ => analysis.Analyze([chart], null, cancellationToken).Statistics).ToList();
                Console.WriteLine(Invariant($"{format}: in process, first run: analysis {first.AnalysisTime.TotalSeconds:F3} s, audit {first.AuditTime.TotalSeconds:F3} s"));
                Console.WriteLine(Invariant($"{format}: in process, warm (median): analysis {Median(warm.Select(s => s.AnalysisTime.TotalSeconds)):F3} s, audit {Median(warm.Select(s => s.AuditTime.TotalSeconds)):F3} s"));
            }

            return ExitCodes.Success;
        }
        finally
        {
            if (settings.Keep is null)
            {
                Directory.Delete(work, recursive: true);
            }
        }
    }

    /// <summary>Wall time of the CLI in new processes: no cache, then served from a warmed cache.</summary>
    private static void Measure(string format, string chart, string work, int runs)
    {
        var report = Path.Combine(work, $"bench-{format}.json");
        var cold = Time(runs, () => RunSelf(["audit", chart, "--no-db", "--json", report]));
        Console.WriteLine(Invariant($"{format}: noteminer audit, new process, no cache:   median {cold.Median:F2} s, min {cold.Min:F2} s"));
        var db = Path.Combine(work, $"bench-{format}.noteminer.db");
        RunSelf(["audit", chart, "--db", db, "--json", report]);
        var cached = Time(runs, () => RunSelf(["audit", chart, "--db", db, "--json", report]));
        Console.WriteLine(Invariant($"{format}: noteminer audit, new process, from cache: median {cached.Median:F2} s, min {cached.Min:F2} s"));
    }

    private static (double Median, double Min) Time(int runs, Action run)
    {
        var times = new List<double>();
        for (var i = 0; i < runs; i++)
        {
            var watch = Stopwatch.StartNew();
            run();
            times.Add(watch.Elapsed.TotalSeconds);
        }

        return (Median(times), times.Min());
    }

    private static double Median(IEnumerable<double> values)
    {
        var sorted = values.Order().ToList();
        return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[sorted.Count / 2 - 1] + sorted[sorted.Count / 2]) / 2;
    }

    /// <summary>Runs this CLI in a new process, as a user would, and fails loudly if the audit does.</summary>
    private static void RunSelf(IReadOnlyList<string> arguments)
    {
        var host = Environment.ProcessPath ?? throw new InvalidOperationException("no process path");
        var start = new ProcessStartInfo(host) { RedirectStandardError = true, RedirectStandardOutput = true, UseShellExecute = false };
        if (Path.GetFileNameWithoutExtension(host) == "dotnet")
        {
            start.ArgumentList.Add(Assembly.GetEntryAssembly()!.Location);
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start)!;
        var stderr = process.StandardError.ReadToEndAsync();
        process.StandardOutput.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0)
        {
            throw new UsageException($"bench: audit exited with {process.ExitCode}: {stderr.Result.Trim()}");
        }
    }
}
