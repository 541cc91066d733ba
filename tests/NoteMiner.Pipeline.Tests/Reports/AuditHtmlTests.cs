using NoteMiner.Audit;
using NoteMiner.Audit.Reports;
using NoteMiner.Pipeline.Tests.Fixtures;

namespace NoteMiner.Pipeline.Tests.Reports;

public sealed class AuditHtmlTests
{
    private static readonly Dictionary<ElementLabel, ElementStatus> SomeGaps = new()
    {
        [ElementLabel.Caregiver] = ElementStatus.Missing,
        [ElementLabel.Goals] = ElementStatus.Weak,
        [ElementLabel.Environmental] = ElementStatus.Missing,
    };

    [Fact]
    public void Should_BalanceEveryTag_When_ReportHasAllSections()
    {
        var html = AuditHtml.ToHtml([Audits.Chart("H01", SomeGaps), WithEvent(Audits.Chart("H02"))], Info());

        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Null(HtmlChecks.FindNestingError(html));
    }

    [Fact]
    public void Should_EscapeChartText_When_QuoteContainsMarkup()
    {
        var hostile = Audits.Chart("<b>H01</b>") with
        {
            Elements = Audits.Chart("x").Elements
                .Select(e => e with { Evidence = [Audits.Quote("<script>alert('x')</script> & \"co\"")] })
                .ToList(),
        };

        var html = AuditHtml.ToHtml([hostile], Info());

        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("<b>H01", html, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt; &amp; &quot;co&quot;", html, StringComparison.Ordinal);
        Assert.Contains("&lt;b&gt;H01&lt;/b&gt;", html, StringComparison.Ordinal);
        Assert.Null(HtmlChecks.FindNestingError(html));
    }

    [Fact]
    public void Should_ShowGapsBeforeTheRest_When_ChartHasMissingAndWeakElements()
    {
        var html = AuditHtml.ToHtml([Audits.Chart("H01", SomeGaps)], Info());
        var section = html[html.IndexOf("<section class=\"chart\"", StringComparison.Ordinal)..];

        var callout = section.IndexOf("class=\"callout bad\"", StringComparison.Ordinal);
        var checklist = section.IndexOf("<table class=\"checklist\">", StringComparison.Ordinal);
        var firstMissing = section.IndexOf("class=\"row-missing\"", StringComparison.Ordinal);
        var firstWeak = section.IndexOf("class=\"row-weak\"", StringComparison.Ordinal);
        var firstPresent = section.IndexOf("class=\"row-present\"", StringComparison.Ordinal);
        Assert.InRange(callout, 0, checklist);
        Assert.True(firstMissing < firstWeak && firstWeak < firstPresent, "checklist rows: missing, then weak, then present");
        Assert.Contains("Caregiver assessment</a> — not found", section, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ColourEachStatusDifferently_When_Rendered()
    {
        var html = AuditHtml.ToHtml([Audits.Chart("H01", SomeGaps)], Info());

        Assert.Contains("<span class=\"pill missing\">missing</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pill weak\">weak</span>", html, StringComparison.Ordinal);
        Assert.Contains("<span class=\"pill present\">present</span>", html, StringComparison.Ordinal);
        var colours = new[] { "present", "weak", "missing" }
            .Select(s => System.Text.RegularExpressions.Regex.Match(html, $@"\.pill\.{s}\{{color:([^;]+);").Groups[1].Value)
            .ToList();
        Assert.All(colours, c => Assert.NotEqual("", c));
        Assert.Equal(3, colours.Distinct().Count());
    }

    [Fact]
    public void Should_MarkOcrConfidenceAndTemplatedQuotes_When_EvidenceHasThem()
    {
        var audit = Audits.Chart("H01");
        var goals = audit.Elements.Select(e => e.Element == ElementLabel.Goals
            ? e with { Evidence = [Audits.Quote("A1c below 8% by 09/2026", ocr: true, templated: true) with { OcrConfidence = 62.4 }] }
            : e).ToList();

        var html = AuditHtml.ToHtml([audit with { Elements = goals }], Info());

        Assert.Contains("OCR 62%</span>", html, StringComparison.Ordinal);
        Assert.Contains("class=\"badge ocr-low\"", html, StringComparison.Ordinal);
        Assert.Contains("class=\"quote templated ocr\"", html, StringComparison.Ordinal);
        Assert.Contains("care_plan.pdf · p. 1 · l. 3–4", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_NeedNoExternalAssets_When_Opened()
    {
        var html = AuditHtml.ToHtml([Audits.Chart("H01", SomeGaps)], Info());

        Assert.DoesNotContain("<link", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("src=", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("url(", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("href=\"http", html, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("@media print", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SummariseGapRatesAndListProblems_When_SeveralCharts()
    {
        var audits = new[] { Audits.Chart("H01", SomeGaps), Audits.Chart("H02"), Audits.Chart("H03", SomeGaps) };
        var info = Info() with
        {
            RunDiagnostics = [new Diagnostic("cache.db", DiagnosticKind.Corrupt, "cache database is corrupt; running without cache") { Skipped = false }],
        };

        var html = AuditHtml.ToHtml(audits, info);

        // caregiver is missing in 2 of 3 charts: 67 %, linking to both charts' checklist rows.
        Assert.Matches("Caregiver assessment.*?67%.*?href=\"#c1-h01-caregiver\".*?href=\"#c3-h03-caregiver\"", html);
        Assert.Contains("id=\"c3-h03-caregiver\"", html, StringComparison.Ordinal);
        Assert.Contains("cache database is corrupt", html, StringComparison.Ordinal);
        Assert.True(html.IndexOf("id=\"summary\"", StringComparison.Ordinal) < html.IndexOf("<section class=\"chart\"", StringComparison.Ordinal));
    }

    [Fact]
    public void Should_FlagEventWithoutRevision_When_PlanNotRevised()
    {
        var html = AuditHtml.ToHtml([WithEvent(Audits.Chart("H02"))], Info());

        Assert.Contains("Hospitalization", html, StringComparison.Ordinal);
        Assert.Contains("no revision found", html, StringComparison.Ordinal);
        Assert.Contains("No dated plan revision after 1 event", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_WriteAValidPage_When_NoCharts()
    {
        var html = AuditHtml.ToHtml([], Info());

        Assert.Contains("No charts were audited.", html, StringComparison.Ordinal);
        Assert.Null(HtmlChecks.FindNestingError(html));
    }

    internal static AuditReportInfo Info() => AuditReportInfo.Default with { Model = "models/noteminer.zip" };

    internal static CarePlanAudit WithEvent(CarePlanAudit audit) => audit with
    {
        Events = [new ChartEvent(ChartEventType.Hospitalization, new DateOnly(2026, 2, 10), Audits.Quote("Admitted 02/10/2026 for CHF exacerbation"))],
        RevisedAfterEvent = false,
        Templated = [new TemplatedMatch(ElementLabel.Goals, "H01", 0.97)],
    };
}
