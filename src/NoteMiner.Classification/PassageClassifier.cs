using System.Collections.Concurrent;
using Microsoft.ML;
using Microsoft.ML.Data;
using NoteMiner.Classifier.Features;
using NoteMiner.Classifier.Negation;
using NoteMiner.Classifier.Training;

namespace NoteMiner.Classifier;

/// <summary>
/// Labels passages with the element model and flags blank or negated fields with <see cref="NegationDetector"/>
/// and the model's <see cref="NegationModel"/>.
/// Maximum-entropy models are scored by <see cref="LinearScorer"/>; other trainers' models go through pooled
/// ML.NET prediction engines (they are not thread-safe, so each call rents one). Thread-safe.
/// </summary>
public sealed partial class PassageClassifier : IPassageClassifier
{
    private const int ParallelThreshold = 2_048;

    private readonly ElementModel model;
    private readonly LinearScorer? scorer;
    private readonly ElementLabel[] scorerLabels = [];
    private readonly ConcurrentBag<PredictionEngine<FeatureRow, ModelPrediction>> engines = [];
    private readonly SchemaDefinition schema;

    public PassageClassifier(ElementModel model, string modelName)
    {
        ArgumentNullException.ThrowIfNull(model);
        ArgumentException.ThrowIfNullOrEmpty(modelName);
        this.model = model;
        ModelName = modelName;
        schema = FeatureRow.Schema(model.Featurizer.Dimension);
        scorer = LinearScorer.TryCreate(model);
        if (scorer is not null)
        {
            scorerLabels = [.. scorer.Labels.Select(l => ElementLabels.TryParse(l, out var label) ? label : ElementLabel.Other)];
        }
    }

    public string ModelName { get; }

    public ModelManifest Manifest => model.Manifest;

    /// <summary>The model's featurizer (for benchmarks and diagnostics).</summary>
    public PassageFeaturizer Featurizer => model.Featurizer;

    /// <summary>Whether passages are scored from the linear weights rather than through ML.NET prediction engines.</summary>
    public bool UsesLinearScorer => scorer is not null;

    /// <summary>Loads the model at <paramref name="path"/>; throws <see cref="ClassificationModelException"/> when it cannot.</summary>
    public static PassageClassifier Load(string path, string? modelName = null) =>
        new(ModelFile.Load(path), modelName ?? path);

    public Classification Classify(string text, string? header = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var features = model.Featurizer.Featurize(text, header);
        if (scorer is not null)
        {
            var (best, probability) = scorer.Score(features);
            return Verdict(text, features, scorerLabels[best], probability);
        }

        return ClassifyWithPredictionEngine(text, features);
    }

    public IReadOnlyList<Classification> ClassifyAll(IReadOnlyList<Passage> passages)
    {
        ArgumentNullException.ThrowIfNull(passages);
        return ClassifyTexts(passages.Select(p => (p.Text, p.Header)).ToList());
    }

    /// <summary>Classifies many (text, header) pairs, in order, on all cores when there are many.</summary>
    public IReadOnlyList<Classification> ClassifyTexts(IReadOnlyList<(string Text, string? Header)> items)
    {
        ArgumentNullException.ThrowIfNull(items);
        var results = new Classification[items.Count];
        if (items.Count < ParallelThreshold)
        {
            for (var i = 0; i < items.Count; i++)
            {
                results[i] = Classify(items[i].Text, items[i].Header);
            }
        }
        else
        {
            Parallel.For(0, items.Count, i => results[i] = Classify(items[i].Text, items[i].Header));
        }

        return results;
    }

    /// <summary>The same verdict through an ML.NET prediction engine: the path for non-linear trainers, and a check on the scorer.</summary>
    internal Classification ClassifyWithPredictionEngine(string text, string? header) =>
        ClassifyWithPredictionEngine(text, model.Featurizer.Featurize(text, header));

    private Classification ClassifyWithPredictionEngine(string text, VBuffer<float> features)
    {
        if (!engines.TryTake(out var engine))
        {
            engine = model.Context.Model.CreatePredictionEngine<FeatureRow, ModelPrediction>(model.Transformer, inputSchemaDefinition: schema);
        }

        try
        {
            var prediction = engine.Predict(new FeatureRow { Features = features });
            var label = ElementLabels.TryParse(prediction.PredictedLabel, out var parsed) ? parsed : ElementLabel.Other;
            return Verdict(text, features, label, prediction.Score.Length == 0 ? 0f : prediction.Score.Max());
        }
        finally
        {
            engines.Add(engine);
        }
    }

    /// <summary>
    /// Negated when the rules say so, or the negation model does and the rules do not read an outright answer
    /// ("Barriers: none", a ticked box). An <c>other</c> passage never is: a blank signature line or an empty
    /// referral form is not a missing element.
    /// </summary>
    private Classification Verdict(string text, in VBuffer<float> features, ElementLabel label, float probability)
    {
        var negated = label != ElementLabel.Other &&
                      (NegationDetector.IsNegated(text) ||
                       (model.Negation?.IsNegated(features) == true && !NegationDetector.IsExplicitAnswer(text)));
        return new(label, Math.Round(Math.Clamp((double)probability, 0.0, 1.0), 4), negated);
    }
}
