using NoteMiner.Audit.Reports;
using NoteMiner.Pipeline.Tests.Fixtures;
using NoteMiner.Testing;

namespace NoteMiner.Pipeline.Tests.Reports;

/// <summary>
/// Renders the report in headless Chromium. Set NOTEMINER_SCREENSHOT_DIR to keep the HTML and screenshot for a look.
/// </summary>
public sealed class AuditHtmlRenderingTests
{
    [ChromiumFact]
    public void Should_ParseIntoTheSameSectionsInABrowser_When_Rendered()
    {
        using var temp = new TempFolder();
        var audits = ShowcaseAudits.Create();
        var hostile = audits[2] with
        {
            Elements = audits[2].Elements.Select(e => e with { Evidence = [Audits.Quote("<script>document.title='pwned'</script>")] }).ToList(),
        };
        var html = temp.Write("report.html", AuditHtml.ToHtml([audits[0], audits[1], hostile], AuditHtmlTests.Info()));

        var dom = Chromium.Run(html, "--dump-dom");

        Assert.Equal(3, CountOf(dom, "<section class=\"chart\""));
        Assert.Equal(0, CountOf(dom, "<script"));
        Assert.Contains("&lt;script&gt;document.title='pwned'&lt;/script&gt;", dom, StringComparison.Ordinal);
        Assert.DoesNotContain("pwned</title>", dom, StringComparison.Ordinal);
    }

    [ChromiumFact]
    public void Should_RenderAScreenshot_When_OpenedHeadless()
    {
        using var temp = new TempFolder();
        var keep = Environment.GetEnvironmentVariable("NOTEMINER_SCREENSHOT_DIR");
        var folder = string.IsNullOrEmpty(keep) ? temp.Path : Directory.CreateDirectory(keep).FullName;
        var html = Path.Combine(folder, "audit-report.html");
        File.WriteAllText(html, AuditHtml.ToHtml(ShowcaseAudits.Create(), AuditHtmlTests.Info() with
        {
            Scope = "Random sample of 3 of 40 charts in charts/, seed 42.",
            Notes = ["2 of 5 documents served from the cache."],
        }));
        var png = Path.Combine(folder, "audit-report.png");

        Chromium.Run(html, $"--screenshot={png}", "--window-size=1280,2000", "--hide-scrollbars");

        var bytes = File.ReadAllBytes(png);
        Assert.True(bytes.Length > 10_000, "a rendered page, not a blank one");
        Assert.Equal(new byte[] { 0x89, (byte)'P', (byte)'N', (byte)'G' }, bytes[..4]);
    }

    private static int CountOf(string text, string value)
    {
        var count = 0;
        for (var i = text.IndexOf(value, StringComparison.Ordinal); i >= 0; i = text.IndexOf(value, i + 1, StringComparison.Ordinal))
        {
            count++;
        }

        return count;
    }
}
