using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>Options of the commands that analyse many charts: JSON and HTML reports, the cache, parallelism.</summary>
internal class BatchSettings : CommonSettings
{
    public const string DefaultDatabase = ".noteminer.db";

    [CommandOption("--json <FILE>")]
    [Description("Write the JSON report to FILE (without any output option it goes to stdout).")]
    public string? Json { get; init; }

    [CommandOption("--html <FILE>")]
    [Description("Write a self-contained HTML report to FILE.")]
    public string? Html { get; init; }

    [CommandOption("--db <FILE>")]
    [Description("Keep analyses in this SQLite file (default: <report>.noteminer.db beside the first report, or .noteminer.db here).")]
    public string? Db { get; init; }

    [CommandOption("--no-db")]
    [Description("Run without the analysis cache.")]
    public bool NoDb { get; init; }

    [CommandOption("--jobs <N>")]
    [Description("Documents analysed at once (default: all cores).")]
    public int? Jobs { get; init; }

    /// <summary>The report files asked for, in the order the default cache is placed beside.</summary>
    public virtual IEnumerable<string?> Reports => [Json, Html];

    /// <summary>The cache file, or null with <c>--no-db</c>.</summary>
    public string? CachePath()
    {
        if (NoDb)
        {
            return null;
        }

        if (Db is not null)
        {
            return Db;
        }

        return Reports.FirstOrDefault(r => r is not null) is { } report
            ? Path.ChangeExtension(report, ".noteminer.db")
            : DefaultDatabase;
    }

    public override ValidationResult Validate()
    {
        if (NoDb && Db is not null)
        {
            return ValidationResult.Error("--db and --no-db cannot be used together");
        }

        if (Jobs is < 1)
        {
            return ValidationResult.Error("--jobs must be at least 1");
        }

        var outputs = Reports.Append(NoDb ? null : CachePath()).OfType<string>().Select(Path.GetFullPath).ToList();
        if (outputs.Count != outputs.Distinct(StringComparer.Ordinal).Count())
        {
            return ValidationResult.Error("two outputs (reports or --db) name the same file");
        }

        return ValidationResult.Success();
    }
}
