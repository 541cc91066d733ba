using System.Collections.Concurrent;
using Microsoft.ML;
using NoteMiner.Classifier.Negation;
using NoteMiner.Classifier.Training;

namespace NoteMiner.Classifier;

/// <summary>
/// Labels passages with the element model and flags blank or negated fields with <see cref="NegationDetector"/>.
/// Thread-safe: ML.NET prediction engines are not, so each call rents one from a pool.
/// </summary>
public sealed partial class PassageClassifier : IPassageClassifier
{
    private readonly ElementModel model;
    private readonly ConcurrentBag<PredictionEngine<ModelRow, ModelPrediction>> engines = [];

    public PassageClassifier(ElementModel model, string modelName)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(modelName);
        this.model = model;
        ModelName = modelName;
    }

    public string ModelName { get; }

    public ModelManifest Manifest => model.Manifest;

    /// <summary>Loads the model at <paramref name="path"/>; throws <see cref="ClassificationModelException"/> when it cannot.</summary>
    public static PassageClassifier Load(string path, string? modelName = null) =>
        new(ModelFile.Load(path), modelName ?? path);

    public Classification Classify(string text, string? header = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var row = ToRow(text, header);
        if (!engines.TryTake(out var engine))
        {
            engine = model.Context.Model.CreatePredictionEngine<ModelRow, ModelPrediction>(model.Transformer, inputSchema: model.InputSchema);
        }

        try
        {
            var prediction = engine.Predict(row);
            return ToClassification(text, prediction.PredictedLabel, prediction.Score);
        }
        finally
        {
            engines.Add(engine);
        }
    }

    public IReadOnlyList<Classification> ClassifyAll(IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        return ClassifyTexts(passages.Select(p => (p.Text, p.Header)).ToList());
    }

    /// <summary>
    /// Classifies many (text, header) pairs in one ML.NET batch transform, in order: cheaper per passage than
    /// a prediction engine call when there are many.
    /// </summary>
    public IReadOnlyList<Classification> ClassifyTexts(IReadOnlyList<(string Text, string? Header)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count < 64)
        {
            return items.Select(i => Classify(i.Text, i.Header)).ToList();
        }

        var rows = model.Context.Data.LoadFromEnumerable(items.Select(i => ToRow(i.Text, i.Header)), model.InputSchema);
        var predictions = model.Context.Data.CreateEnumerable<ModelPrediction>(model.Transformer.Transform(rows), reuseRowObject: true);
        var results = new List<Classification>(items.Count);
        var index = 0;
        foreach (var prediction in predictions)
        {
            results.Add(ToClassification(items[index++].Text, prediction.PredictedLabel, prediction.Score));
        }

        return results;
    }

    private ModelRow ToRow(string text, string? header) => ModelRow.For(text, header, model.Manifest);

    private Classification ToClassification(string text, string predicted, float[] scores)
    {
        var label = ElementLabels.TryParse(predicted, out var parsed) ? parsed : ElementLabel.Other;
        var score = scores.Length == 0 ? 0.0 : Math.Clamp((double)scores.Max(), 0.0, 1.0);
        return new Classification(label, Math.Round(score, 4), NegationDetector.IsNegated(text));
    }
}
