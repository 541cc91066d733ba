using NoteMiner.Pipeline.Sampling;
using NoteMiner.Testing;

namespace NoteMiner.Pipeline.Tests.Sampling;

public sealed class ChartSamplerTests
{
    private static readonly IReadOnlyList<string> Population = Enumerable.Range(1, 40).Select(i => $"H{i:00}").ToList();

    [Fact]
    public void Should_MatchThePublishedSequence_When_SeededWithZero()
    {
        // Reference values of SplitMix64 (Steele et al.; Vigna's splitmix64.c) for seed 0.
        var random = new SplitMix64(0);

        Assert.Equal(0xE220A8397B1DCDAFUL, random.Next());
        Assert.Equal(0x6E789E6AA1B965F4UL, random.Next());
        Assert.Equal(0x06C45D188009454FUL, random.Next());
    }

    [Fact]
    public void Should_DrawTheSameCharts_When_SeedIsTheSame()
    {
        Assert.Equal(ChartSampler.Draw(Population, 10, 42), ChartSampler.Draw(Population, 10, 42));
    }

    [Fact]
    public void Should_DrawFixedCharts_When_Seed42()
    {
        // Pinned (checked against an independent Python SplitMix64 + Fisher–Yates) so a change of algorithm (which would change every auditor's sample) fails loudly.
        Assert.Equal(["H14", "H03", "H07", "H02", "H39"], ChartSampler.Draw(Population, 5, 42));
    }

    [Fact]
    public void Should_DrawOtherCharts_When_SeedDiffers()
    {
        Assert.NotEqual(ChartSampler.Draw(Population, 10, 42), ChartSampler.Draw(Population, 10, 43));
    }

    [Fact]
    public void Should_ExtendTheSample_When_MoreChartsAreAsked()
    {
        var five = ChartSampler.Draw(Population, 5, 7);
        var ten = ChartSampler.Draw(Population, 10, 7);

        Assert.Equal(five, ten.Take(5));
        Assert.Equal(10, ten.Distinct().Count());
    }

    [Fact]
    public void Should_TakeEveryChartOnce_When_MoreAreAskedThanExist()
    {
        var drawn = ChartSampler.Draw(Population, 1000, 1);

        Assert.Equal(Population.Count, drawn.Count);
        Assert.Equal(Population.Order(StringComparer.Ordinal), drawn.Order(StringComparer.Ordinal));
        Assert.Empty(ChartSampler.Draw(Population, 0, 1));
    }

    [Fact]
    public void Should_DrawEveryPositionAboutEvenly_When_RepeatedOverSeeds()
    {
        var firsts = new int[5];
        for (ulong seed = 0; seed < 5000; seed++)
        {
            firsts[int.Parse(ChartSampler.Draw(["0", "1", "2", "3", "4"], 1, seed)[0], System.Globalization.CultureInfo.InvariantCulture)]++;
        }

        Assert.All(firsts, count => Assert.InRange(count, 850, 1150));
    }

    [Fact]
    public void Should_SampleSubfoldersInOrdinalOrder_When_GivenAFolder()
    {
        using var temp = new TempFolder();
        foreach (var name in new[] { "b", "B", "a", ".hidden" })
        {
            Directory.CreateDirectory(temp.File(name));
        }

        temp.Write("loose.txt", "not a chart");

        Assert.Equal(["B", "a", "b"], ChartSampler.Population(temp.Path).Select(Path.GetFileName));
        var sample = ChartSampler.Sample(temp.Path, 5, 3);
        Assert.Equal(3, sample.Population);
        Assert.Equal(3, sample.Drawn.Count);
        Assert.Equal(5, sample.Requested);
    }
}
