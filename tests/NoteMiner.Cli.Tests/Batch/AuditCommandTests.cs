using System.Text.Json;
using NoteMiner.Cli.Batch;
using NoteMiner.Cli.Commands;
using NoteMiner.Testing;

namespace NoteMiner.Cli.Tests.Batch;

public sealed class AuditCommandTests
{
    [Fact]
    public void Should_WriteEveryReportAndACacheBesideThem_When_OutputsAreAsked()
    {
        using var temp = new TempFolder();
        LineAnalyzer.WriteCharts(temp.Path, 3);
        var analyzer = new LineAnalyzer();
        var settings = new AuditCommand.Settings
        {
            Charts = [temp.File("P001"), temp.File("P002"), temp.File("P003")],
            Json = temp.File("out.json"),
            Md = temp.File("out.md"),
            Html = temp.File("out.html"),
        };

        var exit = Command(analyzer).Run(settings, CancellationToken.None);

        Assert.Equal(0, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(settings.Json));
        Assert.Equal("noteminer.audit/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("models/lines.zip", json.RootElement.GetProperty("model").GetString());
        Assert.Equal(["P001", "P002", "P003"], json.RootElement.GetProperty("charts").EnumerateArray().Select(c => c.GetProperty("chart").GetString()));
        Assert.StartsWith("# Care-plan audit", File.ReadAllText(settings.Md), StringComparison.Ordinal);
        Assert.StartsWith("<!DOCTYPE html>", File.ReadAllText(settings.Html), StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("out.noteminer.db")));
        Assert.Equal(3, analyzer.Calls);
    }

    [Fact]
    public void Should_ReuseTheCache_When_RunAgain()
    {
        using var temp = new TempFolder();
        LineAnalyzer.WriteCharts(temp.Path, 2);
        var settings = new AuditCommand.Settings { Charts = [temp.File("P001"), temp.File("P002")], Json = temp.File("a.json") };
        Command(new LineAnalyzer()).Run(settings, CancellationToken.None);
        var first = File.ReadAllText(settings.Json);
        var again = new LineAnalyzer();

        Command(again).Run(settings, CancellationToken.None);

        Assert.Equal(0, again.Calls);
        Assert.Equal(first, File.ReadAllText(settings.Json));
    }

    [Fact]
    public void Should_ExitOneAndStillReport_When_AFileCannotBeRead()
    {
        using var temp = new TempFolder();
        LineAnalyzer.WriteCharts(temp.Path, 1);
        temp.Write("P001/broken.pdf", "not a pdf at all");
        var settings = new AuditCommand.Settings { Charts = [temp.File("P001")], Json = temp.File("a.json"), NoDb = true };

        var exit = Command(new LineAnalyzer()).Run(settings, CancellationToken.None);

        Assert.Equal(1, exit);
        using var json = JsonDocument.Parse(File.ReadAllText(settings.Json));
        var documents = json.RootElement.GetProperty("charts")[0].GetProperty("documents");
        Assert.Contains(documents.EnumerateArray(), d => d.GetProperty("diagnostics").GetArrayLength() == 1);
        Assert.False(File.Exists(temp.File("a.noteminer.db")));
    }

    [Fact]
    public void Should_RefuseToOverwriteAChartFile_When_ReportNamesIt()
    {
        using var temp = new TempFolder();
        LineAnalyzer.WriteCharts(temp.Path, 1);
        var plan = temp.File("P001/plan.txt");
        var before = File.ReadAllText(plan);
        var settings = new AuditCommand.Settings { Charts = [temp.File("P001")], Md = plan, NoDb = true };

        Assert.ThrowsAny<Exception>(() => Command(new LineAnalyzer()).Run(settings, CancellationToken.None));
        Assert.Equal(before, File.ReadAllText(plan));
    }

    [Fact]
    public void Should_StopWithInterruptedAndKeepFinishedWork_When_Cancelled()
    {
        using var temp = new TempFolder();
        LineAnalyzer.WriteCharts(temp.Path, 2);
        using var cancelled = new CancellationTokenSource();
        cancelled.Cancel();
        var settings = new AuditCommand.Settings { Charts = [temp.File("P001")], Json = temp.File("a.json") };

        Assert.Equal(ExitCodes.Interrupted, Command(new LineAnalyzer()).Run(settings, cancelled.Token));
        Assert.False(File.Exists(settings.Json));
    }

    private static AuditCommand Command(LineAnalyzer analyzer) => new(new AnalyzerProvider(() => analyzer));
}
