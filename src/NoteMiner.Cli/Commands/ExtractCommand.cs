using System.ComponentModel;
using NoteMiner.Cli.Json;
using NoteMiner.Extraction;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary><c>noteminer extract PATH… --json</c>: pages and lines with provenance.</summary>
internal sealed class ExtractCommand : Command<ExtractCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<PATH>")]
        [Description("Files or folders (recursively) to extract.")]
        public string[] Paths { get; init; } = [];

        [CommandOption("--json")]
        [Description("Write the extraction as JSON on stdout (the default, and the only form for now).")]
        public bool Json { get; init; }

        public override ValidationResult Validate() =>
            Paths.Length == 0 ? ValidationResult.Error("extract needs at least one PATH") : ValidationResult.Success();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var folderDiagnostics = new List<Diagnostic>();
        var files = ChartFiles.Expand(settings.Paths, folderDiagnostics);
        var reader = DefaultExtractors.CreateReader();
        var options = settings.ExtractionOptions();
        // Documents are read side by side (their OCR pages share one bounded engine pool); output keeps input order.
        var documents = new ExtractedDocument[files.Count];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = cancellationToken };
        Parallel.For(0, files.Count, parallel, i => documents[i] = reader.Read(files[i], options, cancellationToken));

        var diagnostics = folderDiagnostics.Concat(documents.SelectMany(d => d.Diagnostics)).ToList();
        Diagnostics.Print(diagnostics, settings.Verbose);
        ExtractJson.Write(Console.OpenStandardOutput(), documents, folderDiagnostics);
        return documents.Any(d => d.Diagnostics.Count > 0) || folderDiagnostics.Count > 0 ? ExitCodes.Incomplete : ExitCodes.Success;
    }
}
