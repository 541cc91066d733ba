namespace NoteMiner.Audit.Reports;

/// <summary>What a human-readable report says about its run besides the audits. Change with <c>with { … }</c>.</summary>
public sealed record AuditReportInfo
{
    public static AuditReportInfo Default { get; } = new();

    public string Title { get; init; } = "Care-plan audit";

    /// <summary>The classifier model used, as reported in the JSON.</summary>
    public string? Model { get; init; }

    /// <summary>When the run happened; null leaves it out (reproducible output).</summary>
    public DateTimeOffset? GeneratedAt { get; init; }

    /// <summary>One sentence on what was audited, e.g. how a sample was drawn.</summary>
    public string? Scope { get; init; }

    /// <summary>Problems not tied to a chart document (e.g. an unusable cache); listed at the end.</summary>
    public IReadOnlyList<Diagnostic> RunDiagnostics { get; init; } = [];

    /// <summary>Short facts about the run (e.g. documents served from the cache), listed in the footer.</summary>
    public IReadOnlyList<string> Notes { get; init; } = [];
}
