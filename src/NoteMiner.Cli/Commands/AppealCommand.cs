using System.ComponentModel;
using NoteMiner.Composer;
using NoteMiner.Composer.Citations;
using NoteMiner.Composer.Claims;
using NoteMiner.Composer.Denials;
using NoteMiner.Composer.Templates;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer appeal CHART --code CCM02 --claim CLAIM.json --out FILE.{md,docx} [--evidence FILE.json]
/// [--template FILE.scriban] [--force]</c>: an appeal letter quoting the chart verbatim, or, when the chart does
/// not support the denial's elements, exit 1 and what would need to be found.
/// </summary>
internal sealed class AppealCommand(IChartAuditor auditor, AppealComposer composer) : Command<AppealCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandArgument(0, "<CHART>")]
        [Description("The patient's chart: a folder (searched recursively) or a single file.")]
        public string Chart { get; init; } = "";

        [CommandOption("--code <CODE>")]
        [Description("The denial code to answer (CCM02, CCM06). Defaults to the claim's denialCode.")]
        public string? Code { get; init; }

        [CommandOption("--claim <FILE>")]
        [Description("CLAIM.json: claim number, patient, payer, practice and signer (see CONTRACT.md).")]
        public string Claim { get; init; } = "";

        [CommandOption("--out <FILE>")]
        [Description("The letter to write: FILE.md (Markdown) or FILE.docx (Word).")]
        public string Out { get; init; } = "";

        [CommandOption("--evidence <FILE>")]
        [Description("Also write every quote in the letter with its location (noteminer.citations/1 JSON).")]
        public string? Evidence { get; init; }

        [CommandOption("--template <FILE>")]
        [Description("The practice's own Scriban template instead of the built-in one for the code.")]
        public string? Template { get; init; }

        [CommandOption("--force")]
        [Description("Write the letter even when the chart lacks evidence, citing only what it shows (exit code stays 1).")]
        public bool Force { get; init; }

        public override ValidationResult Validate()
        {
            if (Claim.Length == 0)
            {
                return ValidationResult.Error("appeal needs --claim CLAIM.json");
            }

            if (Out.Length == 0 || LetterFormat(Out) is null)
            {
                return ValidationResult.Error("appeal needs --out FILE.md or --out FILE.docx");
            }

            if (Evidence is not null && SamePath(Evidence, Out))
            {
                return ValidationResult.Error("--evidence and --out name the same file");
            }

            return Path.Exists(Chart) ? ValidationResult.Success() : ValidationResult.Error($"{Chart}: no such file or folder");
        }

        internal static string? LetterFormat(string path) => Path.GetExtension(path).ToLowerInvariant() switch
        {
            ".md" => "md",
            ".docx" => "docx",
            _ => null,
        };

        private static bool SamePath(string a, string b) =>
            string.Equals(Path.GetFullPath(a), Path.GetFullPath(b), StringComparison.Ordinal);
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken) =>
        Run(settings, Console.Error, cancellationToken);

    /// <summary>The command without the console: messages go to <paramref name="stderr"/>.</summary>
    internal int Run(Settings settings, TextWriter stderr, CancellationToken cancellationToken)
    {
        // Everything the user supplied is checked before the chart is read, so a typo costs no OCR time.
        var claim = AppealClaimReader.Load(settings.Claim);
        var code = ResolveCode(settings.Code, claim, settings.Claim);
        var template = settings.Template is null ? null : LetterTemplate.Load(settings.Template);

        var chart = auditor.Audit(settings.Chart, cancellationToken);
        foreach (var diagnostic in chart.Diagnostics)
        {
            stderr.WriteLine(diagnostic.ToString());
        }

        var result = composer.Compose(new AppealRequest(chart.Audit, chart.Documents, claim, code)
        {
            Template = template,
            Force = settings.Force,
        });
        foreach (var dropped in result.Dropped)
        {
            stderr.WriteLine(dropped.ToString());
        }

        foreach (var gap in result.Gaps)
        {
            stderr.WriteLine($"noteminer: {settings.Chart}: {gap}");
        }

        if (result.Letter is not { } letter)
        {
            stderr.WriteLine($"noteminer: {settings.Chart}: the chart does not support a {code.Code} appeal; no letter written "
                + "(find the evidence above, or use --force to write a letter citing only what the chart shows)");
            return ExitCodes.Incomplete;
        }

        var inputs = chart.Documents.Select(d => d.Path).Append(settings.Claim).Concat(settings.Template is null ? [] : [settings.Template]).ToList();
        var bytes = Settings.LetterFormat(settings.Out) == "docx" ? letter.Docx : System.Text.Encoding.UTF8.GetBytes(letter.Markdown);
        if (settings.Evidence is { } evidenceFile)
        {
            OutputFile.Check(evidenceFile, inputs);
        }

        OutputFile.Write(settings.Out, bytes, inputs);
        if (settings.Evidence is { } evidence)
        {
            OutputFile.Write(evidence, CitationsJson.ToBytes(letter.Citations), inputs);
        }

        return result.Supported && chart.Diagnostics.Count == 0 ? ExitCodes.Success : ExitCodes.Incomplete;
    }

    private static DenialCode ResolveCode(string? option, AppealClaim claim, string claimFile)
    {
        if (option is null)
        {
            return DenialCodes.TryFind(claim.DenialCode, out var fromClaim)
                ? fromClaim
                : throw new AppealInputException(claimFile, $"denialCode is not a code NoteMiner answers; pass --code ({string.Join(", ", DenialCodes.All.Select(d => d.Code))})");
        }

        var code = DenialCodes.Find(option);
        if (DenialCodes.TryFind(claim.DenialCode, out var claimed) && claimed != code)
        {
            throw new AppealInputException("--code", $"{code.Code} does not match the claim's denialCode {claimed.Code}");
        }

        return code;
    }
}
