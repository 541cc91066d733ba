using System.Text.Json;
using NoteMiner.Classifier;
using NoteMiner.Classifier.Evaluation;

namespace NoteMiner.Cli.Json;

/// <summary>Writes <c>models/NAME.metrics.json</c> (<c>noteminer.metrics/1</c>): how a model was made and how it scores.</summary>
internal static class MetricsJson
{
    public const string Schema = "noteminer.metrics/1";

    public static void Write(
        string path,
        string modelName,
        ModelManifest manifest,
        (int Total, int Train, int HeldOut) counts,
        IReadOnlyList<(string Name, EvaluationReport Report)> evaluations)
    {
        using var stream = File.Create(path);
        using var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JsonDefaults.Options.Encoder });
        writer.WriteStartObject();
        writer.WriteString("schema", Schema);
        writer.WriteString("model", modelName);
        writer.WriteString("trainer", manifest.Trainer);
        writer.WriteNumber("seed", manifest.Seed);
        writer.WriteString("dataHash", manifest.DataHash);
        writer.WriteStartObject("examples");
        writer.WriteNumber("total", counts.Total);
        writer.WriteNumber("train", counts.Train);
        writer.WriteNumber("heldOut", counts.HeldOut);
        writer.WriteEndObject();
        writer.WritePropertyName("features");
        JsonSerializer.Serialize(writer, manifest.Features, JsonDefaults.Options);
        writer.WriteBoolean("headerFreeCopies", manifest.HeaderFreeCopies);
        if (manifest.L2Regularization is { } l2)
        {
            writer.WriteNumber("l2Regularization", l2);
        }

        if (manifest.NegationThreshold is { } threshold)
        {
            writer.WriteNumber("negationModelThreshold", threshold);
        }

        foreach (var (name, report) in evaluations)
        {
            writer.WritePropertyName(name);
            WriteReport(writer, report);
        }

        writer.WriteEndObject();
    }

    public static void WriteReport(Utf8JsonWriter writer, EvaluationReport report)
    {
        writer.WriteStartObject();
        writer.WriteNumber("examples", report.Examples);
        writer.WriteNumber("accuracy", JsonDefaults.Round(report.Accuracy, 4));
        writer.WriteNumber("macroF1", JsonDefaults.Round(report.MacroF1, 4));
        writer.WriteStartObject("negation");
        writer.WriteNumber("accuracy", JsonDefaults.Round(report.Negation.Accuracy, 4));
        writer.WriteNumber("precision", JsonDefaults.Round(report.Negation.Precision, 4));
        writer.WriteNumber("recall", JsonDefaults.Round(report.Negation.Recall, 4));
        writer.WriteNumber("goldNegated", report.Negation.GoldNegated);
        writer.WriteEndObject();
        writer.WriteStartArray("perLabel");
        foreach (var score in report.PerLabel)
        {
            writer.WriteStartObject();
            writer.WriteString("label", score.Label.ToName());
            writer.WriteNumber("precision", JsonDefaults.Round(score.Precision, 4));
            writer.WriteNumber("recall", JsonDefaults.Round(score.Recall, 4));
            writer.WriteNumber("f1", JsonDefaults.Round(score.F1, 4));
            writer.WriteNumber("support", score.Support);
            writer.WriteEndObject();
        }

        writer.WriteEndArray();
        writer.WriteEndObject();
    }
}
