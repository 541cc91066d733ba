using System.ComponentModel;
using NoteMiner.Audit.Reports;
using NoteMiner.Cli.Batch;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer audit CHART… [--json FILE] [--md FILE] [--html FILE] [--db FILE | --no-db] [--jobs N]</c>:
/// the care-plan checklist of each chart, audited together so boilerplate across charts is found.
/// </summary>
internal sealed class AuditCommand(AnalyzerProvider analyzers) : Command<AuditCommand.Settings>
{
    internal sealed class Settings : BatchSettings
    {
        [CommandArgument(0, "<CHART>")]
        [Description("Charts: folders (every supported file inside, recursively) or single files.")]
        public string[] Charts { get; init; } = [];

        [CommandOption("--md <FILE>")]
        [Description("Write a Markdown report to FILE.")]
        public string? Md { get; init; }

        public override IEnumerable<string?> Reports => [Json, Html, Md];

        public override ValidationResult Validate() =>
            Charts.Length == 0 ? ValidationResult.Error("audit needs at least one CHART") : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, cancellationToken);

    /// <summary>The command without Spectre's context, for tests.</summary>
    internal int Run(Settings settings, CancellationToken cancellationToken)
    {
        if (ChartBatch.Run(analyzers, settings, settings.Charts, cancellationToken) is not { } result)
        {
            return ExitCodes.Interrupted;
        }

        var inputs = ChartBatch.Inputs(result);
        var audits = result.Audits;
        if (settings.Json is not null || settings.Reports.All(r => r is null))
        {
            ReportOutput.Write(settings.Json, stream => AuditJson.Write(stream, audits, result.Model), inputs);
        }

        if (settings.Md is { } md)
        {
            ReportOutput.WriteText(md, writer => AuditMarkdown.Write(writer, audits, result.Model), inputs);
        }

        if (settings.Html is { } html)
        {
            ReportOutput.WriteText(html, writer => AuditHtml.Write(writer, audits, ChartBatch.Info(result)), inputs);
        }

        return ChartBatch.ExitCode(result);
    }
}
