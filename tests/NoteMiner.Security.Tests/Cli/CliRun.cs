namespace NoteMiner.Security.Tests.Cli;

/// <summary>What one run of the real CLI did.</summary>
/// <param name="PeakMemoryBytes">The highest resident set size the child reached, read from <c>/proc</c> while it ran.</param>
internal sealed record CliRun(int ExitCode, string Stdout, string Stderr, long PeakMemoryBytes, TimeSpan Elapsed)
{
    /// <summary>The stderr lines, without the empty last one.</summary>
    public IReadOnlyList<string> StderrLines =>
        Stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => l.TrimEnd('\r')).ToList();
}
