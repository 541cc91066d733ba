using System.Text.Json;
using NoteMiner.Cli.Batch;
using NoteMiner.Cli.Commands;
using NoteMiner.Testing;

namespace NoteMiner.Cli.Tests.Batch;

public sealed class SampleCommandTests
{
    [Fact]
    public void Should_DrawTheSameChartsAndRates_When_RunTwiceWithOneSeed()
    {
        using var temp = new TempFolder();
        LineAnalyzer.WriteCharts(temp.File("charts"), 12);
        var first = Settings(temp, "first", seed: "7");
        var second = Settings(temp, "second", seed: "7");

        Assert.Equal(0, Command().Run(first, CancellationToken.None));
        Assert.Equal(0, Command().Run(second, CancellationToken.None));

        Assert.Equal(File.ReadAllText(first.Json!), File.ReadAllText(second.Json!));
        Assert.Equal(File.ReadAllText(first.Csv!), File.ReadAllText(second.Csv!));
        Assert.Equal(File.ReadAllText(first.Html!), File.ReadAllText(second.Html!));
    }

    [Fact]
    public void Should_ReportGapRatesWithTheirCharts_When_Sampled()
    {
        using var temp = new TempFolder();
        LineAnalyzer.WriteCharts(temp.File("charts"), 12);
        var settings = Settings(temp, "s", seed: "42", n: 6);

        Command().Run(settings, CancellationToken.None);

        using var json = JsonDocument.Parse(File.ReadAllText(settings.Json!));
        var root = json.RootElement;
        var drawn = root.GetProperty("drawn").EnumerateArray().Select(d => d.GetString()!).ToList();
        Assert.Equal(6, drawn.Count);
        Assert.Equal(12, root.GetProperty("population").GetInt32());
        var consent = root.GetProperty("elements").EnumerateArray().Single(e => e.GetProperty("id").GetString() == "consent");
        var odd = drawn.Where(d => int.Parse(d[1..], System.Globalization.CultureInfo.InvariantCulture) % 2 == 1).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(odd, consent.GetProperty("missingCharts").EnumerateArray().Select(c => c.GetString()));
        Assert.Equal(Math.Round(odd.Count / 6.0, 4), consent.GetProperty("missingRate").GetDouble());
        Assert.Contains("consent,6,", File.ReadAllText(settings.Csv!), StringComparison.Ordinal);
        Assert.Contains("seed 42", File.ReadAllText(settings.Html!), StringComparison.Ordinal);
    }

    [Fact]
    public void Should_DrawOtherCharts_When_SeedDiffers()
    {
        using var temp = new TempFolder();
        LineAnalyzer.WriteCharts(temp.File("charts"), 12);
        var a = Settings(temp, "a", seed: "1", n: 4);
        var b = Settings(temp, "b", seed: "2", n: 4);

        Command().Run(a, CancellationToken.None);
        Command().Run(b, CancellationToken.None);

        Assert.NotEqual(Drawn(a), Drawn(b));
    }

    private static IReadOnlyList<string> Drawn(SampleCommand.Settings settings)
    {
        using var json = JsonDocument.Parse(File.ReadAllText(settings.Json!));
        return json.RootElement.GetProperty("drawn").EnumerateArray().Select(d => d.GetString()!).ToList();
    }

    private static SampleCommand.Settings Settings(TempFolder temp, string name, string seed, int n = 5) => new()
    {
        Dir = temp.File("charts"),
        N = n,
        Seed = seed,
        Json = temp.File($"{name}.json"),
        Csv = temp.File($"{name}.csv"),
        Html = temp.File($"{name}.html"),
        NoDb = true,
    };

    private static SampleCommand Command() => new(new AnalyzerProvider(() => new LineAnalyzer()));
}
