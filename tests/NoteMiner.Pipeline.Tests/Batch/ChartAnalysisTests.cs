using NoteMiner.Audit.Reports;
using NoteMiner.Extraction;
using NoteMiner.Pipeline.Batch;
using NoteMiner.Pipeline.Tests.Fixtures;
using NoteMiner.Testing;

namespace NoteMiner.Pipeline.Tests.Batch;

public sealed class ChartAnalysisTests
{
    [Fact]
    public void Should_ServeUnchangedDocumentsFromTheStore_When_RunAgain()
    {
        using var temp = new TempFolder();
        var charts = Charts.Write(temp, 3);
        var options = ChartAnalysisOptions.Default with { CachePath = temp.File("cache/run.noteminer.db") };
        var first = new FakeAnalyzer();
        var second = new FakeAnalyzer();

        var before = new ChartAnalysis(first, options).Analyze(charts);
        var after = new ChartAnalysis(second, options).Analyze(charts);

        Assert.Equal(6, first.Calls);
        Assert.Equal(0, second.Calls);
        Assert.Equal(6, after.Statistics.FromCache);
        Assert.Equal(AuditJson.ToJson(before.Audits, "m"), AuditJson.ToJson(after.Audits, "m"));
    }

    [Fact]
    public void Should_AnalyseOnlyTheChangedDocument_When_OneFileChanged()
    {
        using var temp = new TempFolder();
        var charts = Charts.Write(temp, 2);
        var options = ChartAnalysisOptions.Default with { CachePath = temp.File("run.db") };
        new ChartAnalysis(new FakeAnalyzer(), options).Analyze(charts);
        File.AppendAllText(Path.Combine(charts[1], "note-2.txt"), "caregiver: daughter Anna, visits daily\n");
        var analyzer = new FakeAnalyzer();

        var result = new ChartAnalysis(analyzer, options).Analyze(charts);

        Assert.Equal(1, analyzer.Calls);
        Assert.Contains(result.Charts[1].Input.Passages, p => p.Passage.Text.Contains("daughter Anna", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_ResumeWhereItStopped_When_Interrupted()
    {
        using var temp = new TempFolder();
        var charts = Charts.Write(temp, 4);
        var options = ChartAnalysisOptions.Default with { CachePath = temp.File("run.db"), Parallelism = 1 };
        using var interrupt = new CancellationTokenSource();
        var interrupted = new FakeAnalyzer
        {
            BeforeEach = (call, _) =>
            {
                if (call == 4)
                {
                    interrupt.Cancel();
                    interrupt.Token.ThrowIfCancellationRequested();
                }
            },
        };

        Assert.ThrowsAny<OperationCanceledException>(() => new ChartAnalysis(interrupted, options).Analyze(charts, null, interrupt.Token));
        var resumed = new FakeAnalyzer();
        var result = new ChartAnalysis(resumed, options).Analyze(charts);

        Assert.Equal(8 - 3, resumed.Calls);
        Assert.Equal(3, result.Statistics.FromCache);
        Assert.Equal(4, result.Charts.Count);
    }

    [Fact]
    public void Should_AuditTheRestAndReportTheFile_When_OneDocumentFails()
    {
        using var temp = new TempFolder();
        var charts = Charts.Write(temp, 2);
        var analyzer = new FakeAnalyzer
        {
            BeforeEach = (_, path) =>
            {
                if (path.EndsWith(Path.Combine("chart-02", "note-1.txt"), StringComparison.Ordinal))
                {
                    throw new InvalidOperationException("parser bug");
                }
            },
        };

        var result = new ChartAnalysis(analyzer, ChartAnalysisOptions.Default).Analyze(charts);

        var unread = Assert.Single(result.UnreadInputs);
        Assert.Equal("could not be analysed (InvalidOperationException)", unread.Message);
        Assert.DoesNotContain("parser bug", unread.Message, StringComparison.Ordinal);
        Assert.Equal(2, result.Charts[1].Documents.Count);
        Assert.Equal(2, result.Charts[0].Documents.Count(d => d.Pages.Count > 0));
    }

    [Fact]
    public void Should_StopTheBatch_When_TheEnvironmentIsBroken()
    {
        using var temp = new TempFolder();
        var charts = Charts.Write(temp, 2);
        var analyzer = new FakeAnalyzer { BeforeEach = (_, _) => throw new ExtractionEnvironmentException("tesseract is missing") };

        var error = Assert.Throws<ExtractionEnvironmentException>(() => new ChartAnalysis(analyzer).Analyze(charts));

        Assert.Equal("tesseract is missing", error.Message);
    }

    [Fact]
    public void Should_RunWithoutCache_When_TheDatabaseIsCorrupt()
    {
        using var temp = new TempFolder();
        var charts = Charts.Write(temp, 2);
        var db = temp.Write("run.db", new byte[4096]);
        var garbage = new byte[8192];
        new Random(7).NextBytes(garbage);
        File.WriteAllBytes(db, [.. "SQLite format 3\0"u8.ToArray(), .. garbage]);
        var analyzer = new FakeAnalyzer();

        var result = new ChartAnalysis(analyzer, ChartAnalysisOptions.Default with { CachePath = db }).Analyze(charts);

        Assert.Equal(4, analyzer.Calls);
        Assert.Single(result.RunDiagnostics);
        Assert.Empty(result.UnreadInputs);
        Assert.Equal(2, result.Audits.Count);
    }

    [Fact]
    public void Should_CountUnsupportedFiles_When_TheyAreInAChartFolder()
    {
        using var temp = new TempFolder();
        var chart = Charts.Write(temp, 1)[0];
        temp.Write("chart-01/fax.xyz", "?");
        temp.Write("chart-01/claim.json", "{}");

        var result = new ChartAnalysis(new FakeAnalyzer()).Analyze([chart]);

        var unread = Assert.Single(result.UnreadInputs);
        Assert.Equal(DiagnosticKind.Unsupported, unread.Kind);
        Assert.EndsWith("fax.xyz", unread.File, StringComparison.Ordinal);
        Assert.True(result.Charts[0].IsFolder);
    }

    [Fact]
    public void Should_ReportProgressUpToTheTotal_When_Running()
    {
        using var temp = new TempFolder();
        var charts = Charts.Write(temp, 3);
        var reports = new List<BatchProgress>();
        var progress = new SynchronousProgress(p => { lock (reports) { reports.Add(p); } });

        new ChartAnalysis(new FakeAnalyzer()).Analyze(charts, progress);

        Assert.Equal(new BatchProgress(0, 6, 0, 0), reports[0]);
        Assert.Equal(6, reports.Max(r => r.Completed));
        Assert.All(reports, r => Assert.Equal(6, r.Total));
    }

    [Fact]
    public void Should_KeepChartIdsApart_When_TwoFoldersShareAName()
    {
        using var temp = new TempFolder();
        temp.Write("a/H01/note.txt", Charts.Complete);
        temp.Write("b/H01/note.txt", Charts.Complete);
        Directory.CreateDirectory(temp.File("empty"));

        var sources = ChartSources.Resolve([temp.File("a/H01"), temp.File("b/H01/"), temp.File("empty")]);

        Assert.Equal(["H01", "H01 (2)", "empty"], sources.Select(s => s.ChartId));
        Assert.Equal(DiagnosticKind.Empty, Assert.Single(sources[2].WalkDiagnostics).Kind);
    }

    private sealed class SynchronousProgress(Action<BatchProgress> report) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => report(value);
    }
}
