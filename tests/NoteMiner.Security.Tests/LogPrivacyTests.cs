using NoteMiner.Security.Tests.Cli;

namespace NoteMiner.Security.Tests;

/// <summary>
/// Logs and diagnostics carry file names, page numbers and kinds of error, never a patient's name, ID or chart
/// text, even with <c>--verbose</c> and even when a parser's own error message quotes the document.
/// </summary>
public sealed class LogPrivacyTests(LogPrivacyTests.Charts fixture) : IClassFixture<LogPrivacyTests.Charts>
{
    /// <summary>The sample charts with damaged copies, and every line extracted from them, made once for the class.</summary>
    public sealed class Charts : IDisposable
    {
        public Charts()
        {
            Quotes = SampleCharts.Quotes(NoteMinerProcess.Run("extract", Samples.ChartA, Samples.ChartB, "--json").Stdout);
        }

        internal SampleCharts Samples { get; } = new();

        internal IReadOnlyList<string> Quotes { get; }

        public void Dispose() => Samples.Dispose();
    }

    [Fact]
    public void Should_LogNoPatientDataButStillReportTheDamage_When_ExtractRunsVerbose()
    {
        var charts = fixture.Samples;

        var run = NoteMinerProcess.Run("extract", charts.ChartA, charts.ChartB, "--json", "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("damaged_care_plan.pdf", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("damaged_nurse_note.docx", run.Stderr, StringComparison.Ordinal);
        AssertNoPatientData(charts, run, fixture.Quotes);
    }

    [Fact]
    public void Should_LogNoPatientData_When_AppealRunsVerboseAndIsRefused()
    {
        var charts = fixture.Samples;

        var run = NoteMinerProcess.Run("appeal", charts.ChartB, "--code", "CCM02", "--claim", Path.Combine(charts.ChartB, "claim.json"),
            "--out", charts.File("refused.md"), "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no letter written", run.Stderr, StringComparison.Ordinal);
        Assert.False(File.Exists(charts.File("refused.md")));
        AssertNoPatientData(charts, run, fixture.Quotes);
    }

    [Fact]
    public void Should_LogNoPatientData_When_AppealRunsVerboseAndWritesTheLetter()
    {
        var charts = fixture.Samples;

        var run = NoteMinerProcess.Run("appeal", charts.ChartA, "--code", "CCM02", "--claim", Path.Combine(charts.ChartA, "claim.json"),
            "--out", charts.File("appeal.md"), "--evidence", charts.File("evidence.json"), "--verbose");

        // The damaged copies beside the chart make it exit 1; the letter is written from what could be read.
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("Kowalski", File.ReadAllText(charts.File("appeal.md")), StringComparison.Ordinal);
        AssertNoPatientData(charts, run, fixture.Quotes);
    }

    [Fact]
    public void Should_LogNoPatientData_When_AuditRunsVerboseOnBothCharts()
    {
        var charts = fixture.Samples;

        var run = NoteMinerProcess.Run("audit", charts.ChartA, charts.ChartB, "--json", charts.File("audit.json"), "--md", charts.File("audit.md"), "--no-db", "--verbose");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("damaged_nurse_note.docx", run.Stderr, StringComparison.Ordinal);
        Assert.Contains("Kowalski", File.ReadAllText(charts.File("audit.md")), StringComparison.Ordinal);
        AssertNoPatientData(charts, run, fixture.Quotes);
    }

    private static void AssertNoPatientData(SampleCharts charts, CliRun run, IReadOnlyList<string> quotes)
    {
        Assert.NotEmpty(quotes);
        var identifiers = charts.Identifiers();
        Assert.Contains(identifiers, i => i.StartsWith("RFM-", StringComparison.Ordinal));
        foreach (var identifier in identifiers)
        {
            Assert.False(run.Stderr.Contains(identifier, StringComparison.OrdinalIgnoreCase), $"stderr holds the identifier '{identifier}':\n{run.Stderr}");
        }

        foreach (var quote in quotes)
        {
            Assert.False(run.Stderr.Contains(quote, StringComparison.Ordinal), $"stderr quotes the chart: '{quote}'");
        }
    }
}
