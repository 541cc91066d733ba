using System.Text.Json;
using NoteMiner.Testing;

namespace NoteMiner.Cli.Tests.Batch;

/// <summary>The audit and sample commands end to end, with the committed model, in a new process.</summary>
public sealed class AuditProcessTests
{
    private const string Plan = """
        CARE PLAN

        Goals: A1c below 8% by 09/2026; walk 20 minutes 5 days a week by 04/2026.

        Caregiver: N/A

        Copy of the care plan sent via patient portal 03/04/2026; patient agrees with plan.
        """;

    [Fact]
    public void Should_WriteContractJsonToStdoutAndNoProgress_When_OutputIsRedirected()
    {
        using var temp = new TempFolder();
        temp.Write("H01/care_plan.txt", Plan);

        var (exit, stdout, stderr) = CliProcess.Run(temp.Path, "audit", temp.File("H01"), "--no-db");

        Assert.Equal(0, exit);
        Assert.Equal("", stderr);
        Assert.DoesNotContain('\u001b', stdout);
        using var json = JsonDocument.Parse(stdout);
        Assert.Equal("noteminer.audit/1", json.RootElement.GetProperty("schema").GetString());
        Assert.Equal("models/noteminer.zip", json.RootElement.GetProperty("model").GetString());
        var chart = json.RootElement.GetProperty("charts")[0];
        Assert.Equal("H01", chart.GetProperty("chart").GetString());
        Assert.Equal(ElementLabels.Checklist.Count, chart.GetProperty("elements").GetArrayLength());
        Assert.False(File.Exists(temp.File(".noteminer.db")));
    }

    [Fact]
    public void Should_KeepTheCacheInTheWorkingFolder_When_WritingToStdout()
    {
        using var temp = new TempFolder();
        temp.Write("H01/care_plan.txt", Plan);

        var (exit, _, _) = CliProcess.Run(temp.Path, "audit", temp.File("H01"));

        Assert.Equal(0, exit);
        Assert.True(File.Exists(temp.File(".noteminer.db")));
    }

    [Fact]
    public void Should_DrawAProgressBar_When_OnATerminal()
    {
        using var temp = new TempFolder();
        temp.Write("H01/care_plan.txt", Plan);

        var result = CliProcess.RunOnTerminal(temp.Path, "audit", temp.File("H01"), "--no-db", "--json", temp.File("out.json"));

        if (result is not { } run)
        {
            return; // no `script` to make a terminal with; the redirected case above still holds
        }

        Assert.Equal(0, run.Exit);
        Assert.Contains("Auditing", run.Output, StringComparison.Ordinal);
        Assert.True(File.Exists(temp.File("out.json")));
    }

    [Fact]
    public void Should_AcceptTheContractSpelling_When_SampleIsGivenDashDashN()
    {
        using var temp = new TempFolder();
        temp.Write("charts/H01/care_plan.txt", Plan);
        temp.Write("charts/H02/care_plan.txt", Plan.Replace("Caregiver: N/A", "Caregiver: daughter Anna, visits daily", StringComparison.Ordinal));

        var (exit, _, stderr) = CliProcess.Run(temp.Path, "sample", temp.File("charts"), "--n", "5", "--seed", "42", "--csv", temp.File("rates.csv"), "--no-db");

        Assert.True(exit == 0, stderr);
        var rows = File.ReadAllLines(temp.File("rates.csv"));
        Assert.Equal(ElementLabels.Checklist.Count + 1, rows.Length);
        Assert.All(rows.Skip(1), row => Assert.Equal("2", row.Split(',')[1]));
    }

    [Fact]
    public void Should_ExitWithUsage_When_SampleHasNoSeed()
    {
        using var temp = new TempFolder();
        Directory.CreateDirectory(temp.File("charts/H01"));

        var (exit, _, stderr) = CliProcess.Run(temp.Path, "sample", temp.File("charts"), "--n", "5");

        Assert.Equal(2, exit);
        Assert.StartsWith("noteminer: ", stderr, StringComparison.Ordinal);
        Assert.Single(stderr.TrimEnd().Split('\n'));
    }
}
