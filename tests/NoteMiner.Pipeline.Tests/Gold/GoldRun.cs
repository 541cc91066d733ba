using NoteMiner.Audit;
using NoteMiner.Samples.Tests.Generation;
using NoteMiner.Testing;

namespace NoteMiner.Pipeline.Tests.Gold;

/// <summary>
/// Renders the gold charts (<c>GoldCharts/</c>) into a temporary folder and audits them with the two samples in
/// one run of the real pipeline (no cache), once for all gold tests.
/// </summary>
public sealed class GoldRun : IDisposable
{
    private readonly TempFolder _temp = new();

    public GoldRun()
    {
        var charts = new List<string>();
        var golds = new List<GoldChart>();
        foreach (var folder in Directory.GetDirectories(GoldFolder).Where(f => File.Exists(Path.Combine(f, "gold.json"))).Order(StringComparer.Ordinal))
        {
            var chart = Path.GetFileName(folder);
            var target = Directory.CreateDirectory(_temp.File(chart)).FullName;
            foreach (var file in Directory.GetFiles(folder).Where(f => Path.GetFileName(f) != "gold.json"))
            {
                Render(file, target);
            }

            charts.Add(target);
            golds.Add(GoldChart.Load(chart, Path.Combine(folder, "gold.json")));
        }

        foreach (var sample in new[] { "maria-kowalski", "james-okafor" })
        {
            charts.Add(Path.Combine(RepoPaths.Samples, sample));
            golds.Add(GoldChart.Load(sample, Path.Combine(GoldFolder, "samples", sample + ".gold.json")));
        }

        var analysis = ChartAnalysis.CreateDefault(ChartAnalysisOptions.Default, Path.Combine(RepoPaths.Models, "noteminer.zip"));
        var result = analysis.Analyze(charts);
        Audits = result.Charts.Select(c => c.Audit).ToList();
        Golds = golds;
    }

    public static string GoldFolder => Path.Combine(RepoPaths.Root, "tests", "NoteMiner.Pipeline.Tests", "GoldCharts");

    internal IReadOnlyList<GoldChart> Golds { get; }

    internal IReadOnlyList<CarePlanAudit> Audits { get; }

    internal IEnumerable<(GoldChart Gold, CarePlanAudit Audit)> Pairs => Golds.Zip(Audits);

    public void Dispose() => _temp.Dispose();

    private static void Render(string file, string target)
    {
        var name = Path.GetFileName(file);
        var title = Path.GetFileNameWithoutExtension(name);
        if (name.EndsWith(".pdf.src", StringComparison.Ordinal))
        {
            File.WriteAllBytes(Path.Combine(target, name[..^4]), PdfChartWriter.Render(Source(file), title));
        }
        else if (name.EndsWith(".docx.src", StringComparison.Ordinal))
        {
            File.WriteAllBytes(Path.Combine(target, name[..^4]), DocxChartWriter.Render(Source(file)));
        }
        else if (name.EndsWith(".scan.src", StringComparison.Ordinal))
        {
            var pdf = PdfChartWriter.Render(Source(file), title);
            File.WriteAllBytes(Path.Combine(target, name[..^9] + ".pdf"), ScannedPageWriter.Render(pdf, tiltDegrees: 0.4, seed: 20260313, jpegQuality: 60));
        }
        else if (name.EndsWith(".twocol.src", StringComparison.Ordinal))
        {
            File.WriteAllBytes(Path.Combine(target, name[..^11] + ".pdf"), TwoColumnPdfWriter.Render(File.ReadAllText(file)));
        }
        else if (name.EndsWith(".tiff.src", StringComparison.Ordinal))
        {
            var pdf = Path.Combine(target, title + ".source.pdf");
            File.WriteAllBytes(pdf, PdfChartWriter.Render(Source(file), title));
            Run("pdftoppm", "-r", "200", "-mono", "-tiff", "-tiffcompression", "packbits", "-singlefile", pdf, Path.Combine(target, name[..^9]));
            File.Delete(pdf);
        }
        else
        {
            File.Copy(file, Path.Combine(target, name));
        }
    }

    private static void Run(string tool, params string[] arguments)
    {
        var start = new System.Diagnostics.ProcessStartInfo(tool) { RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = System.Diagnostics.Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start");
        var errors = process.StandardError.ReadToEnd();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"{tool} failed: {errors}");
    }

    private static ChartSource Source(string file) => ChartMarkup.Parse(File.ReadAllText(file));
}
