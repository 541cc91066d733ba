using System.Text.Json;
using DocumentFormat.OpenXml.Packaging;
using NoteMiner.Cli.Commands;
using NoteMiner.Composer;

namespace NoteMiner.Cli.Tests.Commands;

public sealed class AppealCommandTests
{
    private static readonly AppealComposer Composer = new(AppealComposerOptions.Default);

    [Fact]
    public void Should_WriteTheLetterAndItsEvidence_When_TheChartSupportsTheAppeal()
    {
        using var chart = new AppealChart();
        var stderr = new StringWriter();

        var exit = Run(chart, stderr, output: chart.File("appeal.docx"), evidence: chart.File("evidence.json"));

        Assert.Equal(0, exit);
        Assert.Equal("", stderr.ToString());
        using (var document = WordprocessingDocument.Open(chart.File("appeal.docx"), false))
        {
            Assert.Contains("Meals on Wheels", document.MainDocumentPart!.Document!.Body!.InnerText, StringComparison.Ordinal);
        }

        using var json = JsonDocument.Parse(File.ReadAllBytes(chart.File("evidence.json")));
        var citations = json.RootElement.GetProperty("citations").EnumerateArray().ToList();
        Assert.Equal(4, citations.Count);
        foreach (var citation in citations)
        {
            var line = citation.GetProperty("lines")[0].GetInt32();
            var extracted = chart.Document.Pages[0].Lines.Single(l => l.Number == line).Text;
            Assert.Contains(citation.GetProperty("text").GetString()!, extracted, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Should_WriteMarkdown_When_TheOutputEndsInMd()
    {
        using var chart = new AppealChart();

        Assert.Equal(0, Run(chart, new StringWriter(), output: chart.File("appeal.md")));

        var markdown = File.ReadAllText(chart.File("appeal.md"));
        Assert.StartsWith("**Birch Clinic**", markdown, StringComparison.Ordinal);
        Assert.Contains("care_plan.md, p. 1, line 6", markdown, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ExitOneWithoutALetterAndNameTheGaps_When_TheChartLacksEvidence()
    {
        using var chart = new AppealChart(complete: false);
        var stderr = new StringWriter();

        var exit = Run(chart, stderr, output: chart.File("appeal.docx"), evidence: chart.File("evidence.json"));

        Assert.Equal(1, exit);
        Assert.False(File.Exists(chart.File("appeal.docx")));
        Assert.False(File.Exists(chart.File("evidence.json")));
        var lines = stderr.ToString().TrimEnd().Split('\n');
        Assert.Equal($"noteminer: {chart.ChartPath}: time_log: missing; needs the CCM minutes spent, by activity and month", lines[0]);
        Assert.Contains("no letter written", lines[1], StringComparison.Ordinal);
        Assert.DoesNotContain("Ines", stderr.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_WriteTheLetterButStillExitOne_When_Forced()
    {
        using var chart = new AppealChart(complete: false);

        var exit = Run(chart, new StringWriter(), output: chart.File("appeal.md"), force: true);

        Assert.Equal(1, exit);
        Assert.DoesNotContain("Time log", File.ReadAllText(chart.File("appeal.md")), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_StopBeforeReadingTheChart_When_TheTemplateHasAnUnknownVariable()
    {
        using var chart = new AppealChart();
        var template = chart.File("letter.scriban");
        File.WriteAllText(template, "Dear reviewer,\n{{ claim.number }}\n{{ signer_name }}\n");

        var error = Assert.Throws<AppealInputException>(() => Run(chart, new StringWriter(), output: chart.File("appeal.md"), template: template));

        Assert.Contains("line 3", error.Message, StringComparison.Ordinal);
        Assert.Equal(0, chart.Calls);
        Assert.False(File.Exists(chart.File("appeal.md")));
    }

    [Fact]
    public void Should_ExitTwo_When_TheTemplateIsBrokenOnTheCommandLine()
    {
        using var chart = new AppealChart();
        var template = chart.File("letter.scriban");
        File.WriteAllText(template, "{{ nope }}");

        var exit = NoteMinerApp.Run(["appeal", chart.ChartPath, "--claim", chart.ClaimPath, "--template", template, "--out", chart.File("appeal.md")]);

        Assert.Equal(2, exit);
        Assert.False(File.Exists(chart.File("appeal.md")));
    }

    [Fact]
    public void Should_RefuseToOverwriteTheChart_When_TheOutputIsOneOfItsFiles()
    {
        using var chart = new AppealChart();
        var before = File.ReadAllText(chart.PlanPath);

        var error = Assert.Throws<AppealInputException>(() => Run(chart, new StringWriter(), output: chart.PlanPath));

        Assert.Contains("input file", error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllText(chart.PlanPath));
    }

    [Fact]
    public void Should_RejectTheCommandLine_When_TheOutputFormatIsUnknown()
    {
        using var chart = new AppealChart();

        Assert.Equal(2, NoteMinerApp.Run(["appeal", chart.ChartPath, "--claim", chart.ClaimPath, "--out", chart.File("appeal.pdf")]));
    }

    private static int Run(AppealChart chart, TextWriter stderr, string output, string? evidence = null, string? template = null, bool force = false) =>
        new AppealCommand(chart, Composer).Run(
            new AppealCommand.Settings { Chart = chart.ChartPath, Claim = chart.ClaimPath, Out = output, Evidence = evidence, Template = template, Force = force },
            stderr,
            CancellationToken.None);
}
