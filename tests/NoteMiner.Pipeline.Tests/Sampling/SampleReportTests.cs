using System.Text.Json;
using NoteMiner.Audit;
using NoteMiner.Pipeline.Batch;
using NoteMiner.Pipeline.Sampling;
using NoteMiner.Pipeline.Tests.Fixtures;

namespace NoteMiner.Pipeline.Tests.Sampling;

public sealed class SampleReportTests
{
    [Fact]
    public void Should_ComputeGapRatesOverReadableCharts_When_SomeChartsHaveGaps()
    {
        var report = Report();

        var caregiver = report.Rates.Single(r => r.Element == ElementLabel.Caregiver);
        var goals = report.Rates.Single(r => r.Element == ElementLabel.Goals);
        Assert.Equal(3, caregiver.Charts);
        Assert.Equal(["H01", "H03"], caregiver.MissingCharts);
        Assert.Equal(2.0 / 3, caregiver.GapRate, 10);
        Assert.Equal(["H03"], goals.WeakCharts);
        Assert.Equal(1.0 / 3, goals.GapRate, 10);
        Assert.Equal(0, report.Rates.Single(r => r.Element == ElementLabel.Consent).GapRate);
        Assert.Equal(["H04"], report.UnreadableCharts);
    }

    [Fact]
    public void Should_WriteRatesAndChartsBehindThem_When_WritingJson()
    {
        using var json = JsonDocument.Parse(SampleJson.ToJson(Report()));
        var root = json.RootElement;

        Assert.Equal("noteminer.sample/1", root.GetProperty("schema").GetString());
        Assert.Equal(42UL, root.GetProperty("seed").GetUInt64());
        Assert.Equal(4, root.GetProperty("drawn").GetArrayLength());
        Assert.Equal(3, root.GetProperty("audited").GetInt32());
        var elements = root.GetProperty("elements");
        Assert.Equal(ElementLabels.Checklist.Count, elements.GetArrayLength());
        var caregiver = elements.EnumerateArray().Single(e => e.GetProperty("id").GetString() == "caregiver");
        Assert.Equal(0.6667, caregiver.GetProperty("gapRate").GetDouble());
        Assert.Equal(["H01", "H03"], caregiver.GetProperty("missingCharts").EnumerateArray().Select(c => c.GetString()));
        var chart = root.GetProperty("charts")[0];
        Assert.Equal("missing", chart.GetProperty("elements").GetProperty("caregiver").GetString());
        Assert.Equal(JsonValueKind.Null, chart.GetProperty("revisedAfterEvent").ValueKind);
    }

    [Fact]
    public void Should_WriteOneRowPerElement_When_WritingCsv()
    {
        var csv = SampleCsv.ToCsv(Report());
        var rows = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);

        Assert.Equal(SampleCsv.Header, rows[0]);
        Assert.Equal(ElementLabels.Checklist.Count + 1, rows.Length);
        Assert.Contains("caregiver,3,1,0,2,0.6667,0.6667,H01;H03,", rows);
        Assert.EndsWith("\r\n", csv, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("plain", "plain")]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("two\nlines", "\"two\nlines\"")]
    [InlineData("", "")]
    public void Should_QuoteFieldsPerRfc4180_When_TheyNeedIt(string value, string expected)
    {
        Assert.Equal(expected, SampleCsv.Field(value));
    }

    private static SampleReport Report()
    {
        var gaps = new Dictionary<ElementLabel, ElementStatus> { [ElementLabel.Caregiver] = ElementStatus.Missing };
        var more = new Dictionary<ElementLabel, ElementStatus>(gaps) { [ElementLabel.Goals] = ElementStatus.Weak };
        var charts = new[]
        {
            Result(Audits.Chart("H01", gaps), readable: true),
            Result(Audits.Chart("H02"), readable: true),
            Result(Audits.Chart("H03", more), readable: true),
            Result(Audits.Chart("H04", more), readable: false),
        };
        var sample = new ChartSample("charts", 42, 4, 40, ["charts/H03", "charts/H01", "charts/H04", "charts/H02"]);
        var result = new ChartAnalysisResult("models/fake.zip", charts, [], new BatchStatistics(4, 4, 0, TimeSpan.Zero, TimeSpan.Zero));
        return SampleReport.Create(sample, result);
    }

    private static ChartResult Result(CarePlanAudit audit, bool readable)
    {
        var path = $"charts/{audit.Chart}/note.txt";
        var document = readable
            ? new ExtractedDocument(path, DocumentKind.Text, [new Page(1, PageSource.Text, null, 80, 10, [new Line(1, "x", default)])], [])
            : ExtractedDocument.Failed(path, DocumentKind.Text, new Diagnostic(path, DiagnosticKind.Corrupt, "corrupt"));
        return new ChartResult(audit.Chart, $"charts/{audit.Chart}", audit, new ChartInput(audit.Chart, [document], [])) { IsFolder = true };
    }
}
