using System.Globalization;
using System.Text;
using NoteMiner.Audit;
using NoteMiner.Audit.Reports;
using Xunit.Abstractions;

namespace NoteMiner.Pipeline.Tests.Gold;

/// <summary>
/// The audit measured against hand-labelled gold charts in other styles and formats plus the two samples, through
/// the real pipeline and the committed model.
/// </summary>
public sealed class GoldChartTests : IClassFixture<GoldRun>
{
    private const double MinStatusAccuracy = 0.95;

    private readonly GoldRun _run;
    private readonly ITestOutputHelper _output;

    public GoldChartTests(GoldRun run, ITestOutputHelper output)
    {
        _run = run;
        _output = output;
    }

    [Fact]
    public void Should_GetElementStatusRight_When_AuditingGoldChartsAndSamples()
    {
        int pairs = 0, right = 0;
        var report = new StringBuilder();
        foreach (var (gold, audit) in _run.Pairs)
        {
            Assert.Equal(gold.Chart, audit.Chart);
            Assert.Equal(ElementLabels.Checklist.Count, gold.Elements.Count);
            foreach (var label in ElementLabels.Checklist)
            {
                var expected = gold.Elements[label].Status;
                var found = audit[label];
                pairs++;
                if (found.Status == expected)
                {
                    right++;
                    continue;
                }

                var evidence = found.Evidence.Count > 0 ? Clip(found.Evidence[0].Text) : "";
                report.AppendLine(CultureInfo.InvariantCulture, $"{gold.Chart,-18} {label.ToName(),-22} gold {AuditNames.Of(expected),-7} got {AuditNames.Of(found.Status),-7} ({found.Reason}) {evidence}");
            }
        }

        var accuracy = (double)right / pairs;
        _output.WriteLine(string.Create(CultureInfo.InvariantCulture, $"status accuracy {right}/{pairs} = {accuracy:0.000}"));
        _output.WriteLine(report.ToString());
        Assert.True(accuracy >= MinStatusAccuracy, $"status accuracy {accuracy:0.000} < {MinStatusAccuracy}\n{report}");
    }

    [Fact]
    public void Should_GiveEverySampleElementItsIntendedStatus_When_AuditingTheSamples()
    {
        // README.md ("The sample charts") states the intended status of every element of both sample charts.
        var wrong = _run.Pairs.Where(p => p.Gold.Chart is "maria-kowalski" or "james-okafor")
            .SelectMany(p => p.Gold.Elements
                .Where(e => p.Audit[e.Key].Status != e.Value.Status)
                .Select(e => $"{p.Gold.Chart} {e.Key.ToName()}: intended {AuditNames.Of(e.Value.Status)}, got {AuditNames.Of(p.Audit[e.Key].Status)} ({p.Audit[e.Key].Reason})"))
            .ToList();

        wrong.ForEach(_output.WriteLine);
        Assert.Empty(wrong);
    }

    [Fact]
    public void Should_CiteThePassageAPersonWould_When_AnElementIsPresent()
    {
        var misses = new List<string>();
        foreach (var (gold, audit) in _run.Pairs)
        {
            foreach (var (label, element) in gold.Elements)
            {
                var found = audit[label];
                if (element.Status != ElementStatus.Present || found.Status != ElementStatus.Present)
                {
                    continue; // status errors are counted by the accuracy test
                }

                // "a|b": any of several passages a person could cite (rows of one table).
                var cites = element.Cite!.Split('|').Select(Normalize).ToList();
                if (!found.Evidence.Any(e => cites.Any(c => Normalize(e.Text).Contains(c, StringComparison.OrdinalIgnoreCase))))
                {
                    misses.Add($"{gold.Chart} {label.ToName()}: \"{element.Cite}\" not in {string.Join(" || ", found.Evidence.Select(e => Clip(e.Text)))}");
                }
            }
        }

        misses.ForEach(_output.WriteLine);
        Assert.Empty(misses);
    }

    [Fact]
    public void Should_FindTheEventsAndRevisions_When_AuditingGoldCharts()
    {
        var wrong = new List<string>();
        foreach (var (gold, audit) in _run.Pairs)
        {
            var expected = gold.Events.Select(e => $"{e.Type} {AuditNames.Of(e.Date)}").ToList();
            var found = audit.Events.Select(e => $"{AuditNames.Of(e.Type)} {(e.Date is { } d ? AuditNames.Of(d) : "recent")}").ToList();
            if (!expected.SequenceEqual(found))
            {
                wrong.Add($"{gold.Chart}: events gold [{string.Join(", ", expected)}] got [{string.Join(", ", found)}] " +
                    string.Join(" || ", audit.Events.Select(e => Clip(e.Evidence.Text))));
            }

            if (gold.RevisedAfterEvent != audit.RevisedAfterEvent)
            {
                wrong.Add($"{gold.Chart}: revisedAfterEvent gold {gold.RevisedAfterEvent} got {audit.RevisedAfterEvent}");
            }
        }

        wrong.ForEach(_output.WriteLine);
        Assert.Empty(wrong);
    }

    [Fact]
    public void Should_FindHowThePlanWasShared_When_AuditingGoldCharts()
    {
        var wrong = new List<string>();
        foreach (var (gold, audit) in _run.Pairs)
        {
            var expected = gold.PlanShared is { } g ? $"{g.Method} {Date(g.Date)} agreed={g.Agreed}" : "none";
            var found = audit.PlanShared is { } s
                ? $"{(s.Method is { } m ? AuditNames.Of(m) : "?")} {Date(s.Date)} agreed={s.Agreed}"
                : "none";
            if (expected != found)
            {
                wrong.Add($"{gold.Chart}: planShared gold {expected} got {found} {(audit.PlanShared is { } e ? Clip(e.Evidence.Text) : "")}");
            }
        }

        wrong.ForEach(_output.WriteLine);
        Assert.Empty(wrong);
    }

    [Fact]
    public void Should_ReadTheScannedPagesWithOcr_When_AuditingGoldCharts()
    {
        var scanned = _run.Pairs.Where(p => p.Gold.Chart is "scanned-fax" or "maria-kowalski").ToList();
        Assert.Equal(2, scanned.Count);
        Assert.All(scanned, p => Assert.Contains(p.Audit.Elements.SelectMany(e => e.Evidence).Concat(p.Audit.Events.Select(e => e.Evidence)), e => e.Source == PageSource.Ocr));
    }

    private static string Date(DateOnly? date) => date is { } d ? AuditNames.Of(d) : "undated";

    private static string Normalize(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static string Clip(string text) => text.Length <= 110 ? text : text[..110] + "…";
}
