using System.Text.Json;
using NoteMiner.Cli.Tests.Batch;
using NoteMiner.Testing;

namespace NoteMiner.Cli.Tests.Commands;

/// <summary><c>train</c> then <c>evaluate</c> on a small training folder, as a script would run them.</summary>
public sealed class TrainEvaluateProcessTests
{
    [Fact]
    public void Should_WriteMetricsAndSummariseEvalSets_When_TrainingThenEvaluatingAFolder()
    {
        using var temp = new TempFolder();
        var data = temp.File("data");
        Directory.CreateDirectory(Path.Combine(data, "eval"));
        var rows = SmallFolder();
        File.WriteAllLines(Path.Combine(data, "passages.jsonl"), rows);
        File.WriteAllLines(Path.Combine(data, "eval", "mini.jsonl"), rows.Take(30));
        var model = temp.File("mini.zip");

        var train = CliProcess.Run(temp.Path, "train", "--data", data, "--out", model, "--iterations", "30");
        var evaluate = CliProcess.Run(temp.Path, "evaluate", "--model", model, "--data", data, "--folds", "0");

        Assert.True(train.Exit == 0, train.Stderr);
        using var metrics = JsonDocument.Parse(File.ReadAllText(temp.File("mini.metrics.json")));
        Assert.Equal("lbfgs", metrics.RootElement.GetProperty("trainer").GetString());
        Assert.Equal(1f, metrics.RootElement.GetProperty("features").GetProperty("fieldWeight").GetSingle());
        Assert.InRange(metrics.RootElement.GetProperty("negationModelThreshold").GetSingle(), 0.5f, 0.9f);
        Assert.True(evaluate.Exit == 0, evaluate.Stderr);
        Assert.Contains("== summary", evaluate.Stdout, StringComparison.Ordinal);
        Assert.Matches(@"held-out split, headers removed +\d+ passages  macro-F1 [01]\.\d{4}", evaluate.Stdout);
        Assert.Matches(@"eval/mini\.jsonl +30 passages  macro-F1 [01]\.\d{4}", evaluate.Stdout);
    }

    [Fact]
    public void Should_WriteTheRowsCrossValidationDisagreesWith_When_AskedForALabelReview()
    {
        using var temp = new TempFolder();
        var data = temp.File("data");
        Directory.CreateDirectory(data);
        var rows = SmallFolder();
        File.WriteAllLines(Path.Combine(data, "passages.jsonl"), rows);
        var model = temp.File("mini.zip");
        var review = temp.File("review.jsonl");

        var train = CliProcess.Run(temp.Path, "train", "--data", data, "--out", model, "--iterations", "30");
        var evaluate = CliProcess.Run(temp.Path, "evaluate", "--model", model, "--data", data, "--folds", "2", "--disagreements", review);
        var refused = CliProcess.Run(temp.Path, "evaluate", "--model", model, "--data", Path.Combine(data, "passages.jsonl"), "--disagreements", review);

        Assert.True(train.Exit == 0, train.Stderr);
        Assert.True(evaluate.Exit == 0, evaluate.Stderr);
        var lines = File.ReadAllLines(review);
        Assert.Matches($@"2-fold verdicts over all {rows.Count} rows: {lines.Length} disagree", evaluate.Stdout);
        Assert.NotEmpty(lines);
        Assert.InRange(lines.Length, 1, rows.Count / 2);
        foreach (var line in lines)
        {
            using var row = JsonDocument.Parse(line);
            var root = row.RootElement;
            Assert.StartsWith("passages.jsonl:", root.GetProperty("origin").GetString(), StringComparison.Ordinal);
            Assert.True(root.GetProperty("label").GetString() != root.GetProperty("predicted").GetString() ||
                        root.GetProperty("negated").GetBoolean() != root.GetProperty("predictedNegated").GetBoolean());
        }

        Assert.Equal(2, refused.Exit);
        Assert.Contains("--disagreements needs --data to be a training folder", refused.Stderr, StringComparison.Ordinal);
    }

    /// <summary>The first 25 passages of each label in the committed training data.</summary>
    private static List<string> SmallFolder() =>
        Directory.GetFiles(RepoPaths.TrainingData, "*.jsonl").Order(StringComparer.Ordinal)
            .SelectMany(File.ReadLines)
            .GroupBy(LabelOf)
            .SelectMany(g => g.Take(25))
            .ToList();

    private static string LabelOf(string line)
    {
        using var row = JsonDocument.Parse(line);
        return row.RootElement.GetProperty("label").GetString() ?? "";
    }
}
