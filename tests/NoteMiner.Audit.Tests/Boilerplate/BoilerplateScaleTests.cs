using NoteMiner.Audit.Boilerplate;
using Xunit.Abstractions;
using static NoteMiner.ElementLabel;

namespace NoteMiner.Audit.Tests.Boilerplate;

/// <summary>
/// Thousands of charts sharing one template plus their own text: LSH must find every templated pair while
/// verifying a number of pairs linear in the passages, not quadratic.
/// </summary>
public sealed class BoilerplateScaleTests(ITestOutputHelper output)
{
    private const int Charts = 2_000;

    private static readonly string[] Vocabulary =
    [
        "insulin", "walker", "daughter", "pharmacy", "glucose", "swelling", "stairs", "bus", "church", "garden",
        "dialysis", "oxygen", "nephrology", "sodium", "potassium", "rugs", "appetite", "sleep", "memory", "cane",
        "wife", "copay", "transport", "inhaler", "weights", "diuretic", "podiatry", "retina", "hearing", "bathing",
        "shopping", "finances", "neighbor", "grandson", "fishing", "choir", "spanish", "interpreter", "scale", "diet",
    ];

    [Fact]
    public void Should_FindEveryTemplatedPassageWithNearLinearWork_When_TwoThousandChartsShareATemplate()
    {
        var items = new List<TemplateItem>();
        var random = new Random(20260304);
        var noNames = new HashSet<string>();
        for (var chart = 0; chart < Charts; chart++)
        {
            var template = $"Patient will check blood sugar twice daily, walk {20 + chart % 30} minutes {3 + chart % 4} days a week "
                + $"with daughter Name{chart % 97} and keep A1c below {7 + chart % 2}% by {1 + chart % 12}/2026.";
            items.Add(new TemplateItem(chart, 0, Shingler.Shingles(TextMasker.Tokens(template, noNames))));
            for (var own = 1; own <= 3; own++)
            {
                var words = Enumerable.Range(0, 14).Select(_ => Vocabulary[random.Next(Vocabulary.Length)]);
                items.Add(new TemplateItem(chart, own, Shingler.Shingles(TextMasker.Tokens(string.Join(' ', words), noNames))));
            }
        }

        var result = BoilerplateDetector.Detect(items, AuditOptions.Default);

        Assert.All(Enumerable.Range(0, items.Count), i =>
            Assert.Equal(items[i].Passage == 0, result.Links[i].Count > 0));
        Assert.All(result.Links.SelectMany(l => l), l => Assert.True(l.Similarity >= 0.9));
        var allPairs = (long)items.Count * (items.Count - 1) / 2;
        output.WriteLine($"{items.Count} passages, {result.VerifiedPairs} pairs verified, {allPairs} possible");
        Assert.True(result.VerifiedPairs <= 4L * items.Count, $"{result.VerifiedPairs} pairs verified for {items.Count} passages");
        Assert.True(result.VerifiedPairs < allPairs / 1_000);
    }

    [Fact]
    public void Should_StayLinear_When_ThousandsOfNearMissesShareBuckets()
    {
        var template = "patient will check blood sugar twice daily and walk after dinner with family and keep a food diary for the nurse".Split(' ');
        var random = new Random(7);
        var items = new List<TemplateItem>();
        for (var chart = 0; chart < Charts; chart++)
        {
            var words = template.ToArray();
            for (var swap = 0; swap < 2; swap++)
            {
                words[random.Next(words.Length)] = Vocabulary[random.Next(Vocabulary.Length)];
            }

            items.Add(new TemplateItem(chart, 0, Shingler.Shingles(TextMasker.Tokens(string.Join(' ', words), new HashSet<string>()))));
        }

        var result = BoilerplateDetector.Detect(items, AuditOptions.Default);

        output.WriteLine($"{items.Count} near-miss passages, {result.VerifiedPairs} pairs verified");
        // Worst case is representatives × bands per passage; in practice a handful, against n²/2 = 2 million.
        Assert.True(result.VerifiedPairs <= 10L * items.Count, $"{result.VerifiedPairs} pairs verified");
        Assert.All(result.Links.SelectMany(l => l), l => Assert.True(l.Similarity >= 0.9));
    }

    [Fact]
    public void Should_AuditTwoThousandCharts_When_AllShareATemplate()
    {
        var charts = Enumerable.Range(0, Charts).Select(i => new ChartBuilder($"C{i:D4}")
            .Add($"Patient will check blood sugar twice daily and walk {20 + i % 30} minutes a day with daughter Name{i}.", Goals)
            .Add($"Caregiver: son visits {1 + i % 6} times a week and manages {2 + i % 5} medications", Caregiver)
            .Build()).ToList();

        var audits = new CarePlanAuditor().Audit(charts);

        Assert.Equal(Charts, audits.Count);
        Assert.All(audits, a => Assert.Equal(ElementStatus.Weak, a[Goals].Status));
        Assert.All(audits, a => Assert.Contains(a.Templated, t => t.Element == Goals));
    }
}
