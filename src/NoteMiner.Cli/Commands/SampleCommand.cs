using System.ComponentModel;
using System.Globalization;
using NoteMiner.Audit.Reports;
using NoteMiner.Cli.Batch;
using NoteMiner.Pipeline.Sampling;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer sample DIR --n N --seed S [--json FILE] [--csv FILE] [--html FILE] [--db FILE | --no-db]</c>:
/// a reproducible random sample of the charts (subfolders) of DIR, audited, with gap rates per element.
/// </summary>
internal sealed class SampleCommand(AnalyzerProvider analyzers) : Command<SampleCommand.Settings>
{
    internal sealed class Settings : BatchSettings
    {
        [CommandArgument(0, "<DIR>")]
        [Description("A folder whose subfolders are charts.")]
        public string Dir { get; init; } = "";

        // Spectre wants long names of two letters or more; the contract's "--n" is rewritten to "-n" (see ArgumentAliases).
        [CommandOption("-n|--count <N>")]
        [Description("How many charts to draw (all of them when DIR has fewer); --n N also works.")]
        public int? N { get; init; }

        [CommandOption("--seed <S>")]
        [Description("The random seed (an integer); the same seed draws the same charts on every machine.")]
        public string? Seed { get; init; }

        [CommandOption("--csv <FILE>")]
        [Description("Write gap rates per element as CSV to FILE.")]
        public string? Csv { get; init; }

        public override IEnumerable<string?> Reports => [Json, Html, Csv];

        public ulong SeedValue => ParseSeed(Seed) ?? 0;

        public override ValidationResult Validate()
        {
            if (N is not { } n || n < 1)
            {
                return ValidationResult.Error("sample needs --n N, a number of charts of at least 1");
            }

            if (ParseSeed(Seed) is null)
            {
                return ValidationResult.Error("sample needs --seed S, an integer (it makes the sample reproducible)");
            }

            return Directory.Exists(Dir) ? base.Validate() : ValidationResult.Error($"{Dir}: no such folder");
        }

        /// <summary>An unsigned or signed 64-bit integer; a negative seed is taken as its two's complement.</summary>
        internal static ulong? ParseSeed(string? text)
        {
            if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var unsigned))
            {
                return unsigned;
            }

            return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var signed)
                ? unchecked((ulong)signed)
                : null;
        }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, cancellationToken);

    /// <summary>The command without Spectre's context, for tests.</summary>
    internal int Run(Settings settings, CancellationToken cancellationToken)
    {
        var sample = ChartSampler.Sample(settings.Dir, settings.N!.Value, settings.SeedValue);
        if (sample.Drawn.Count == 0)
        {
            throw new UsageException($"{settings.Dir}: no chart folders (subfolders) to sample");
        }

        if (ChartBatch.Run(analyzers, settings, sample.Sorted, cancellationToken) is not { } result)
        {
            return ExitCodes.Interrupted;
        }

        var report = SampleReport.Create(sample, result);
        var inputs = ChartBatch.Inputs(result);
        if (settings.Json is not null || settings.Reports.All(r => r is null))
        {
            ReportOutput.Write(settings.Json, stream => SampleJson.Write(stream, report), inputs);
        }

        if (settings.Csv is { } csv)
        {
            ReportOutput.WriteText(csv, writer => SampleCsv.Write(writer, report), inputs);
        }

        if (settings.Html is { } html)
        {
            var scope = FormattableString.Invariant(
                $"Random sample of {sample.Drawn.Count} of {sample.Population} charts in {sample.Folder}, seed {sample.Seed}")
                + (sample.Requested > sample.Population ? $" ({sample.Requested} requested)." : ".")
                + (report.UnreadableCharts.Count > 0 ? $" {report.UnreadableCharts.Count} chart(s) could not be read and are left out of the gap rates." : "");
            // Unreadable charts stay out of the rates (as in the JSON); their files are listed with the other problems.
            var unreadable = result.Charts.Where(c => !SampleReport.IsReadable(c)).SelectMany(c => c.Diagnostics);
            var info = ChartBatch.Info(result, scope) with { RunDiagnostics = [.. result.RunDiagnostics, .. unreadable] };
            ReportOutput.WriteText(html, writer => AuditHtml.Write(writer, report.Readable, info), inputs);
        }

        return ChartBatch.ExitCode(result);
    }
}
