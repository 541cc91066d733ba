using System.Numerics;
using System.Runtime.InteropServices;
using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NoteMiner.Classifier.Training;

namespace NoteMiner.Classifier;

/// <summary>
/// Scores a maximum-entropy model (SDCA or L-BFGS) straight from the weights and biases ML.NET trained: a sparse
/// dot product per label and a softmax, the same arithmetic as ML.NET's predictor without its per-row plumbing.
/// Weights are stored feature-major so one feature's label weights sit together in memory. Thread-safe.
/// </summary>
internal sealed class LinearScorer
{
    private readonly float[] weights; // [feature * stride + class], each row padded to whole SIMD vectors
    private readonly float[] biases;
    private readonly int stride;

    private LinearScorer(float[] weights, float[] biases, int stride, IReadOnlyList<string> labels)
    {
        this.weights = weights;
        this.biases = biases;
        this.stride = stride;
        Labels = labels;
    }

    /// <summary>The label of each class, in the model's class order.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>The scorer of <paramref name="model"/>, or null when it is not a linear maximum-entropy model.</summary>
    public static LinearScorer? TryCreate(ElementModel model)
    {
        if (model.Transformer is not IEnumerable<ITransformer> chain)
        {
            return null;
        }

        var predictor = chain.OfType<ISingleFeaturePredictionTransformer<object>>()
            .Select(t => t.Model)
            .OfType<MaximumEntropyModelParameters>()
            .FirstOrDefault();
        if (predictor is null)
        {
            return null;
        }

        VBuffer<float>[] perClass = [];
        predictor.GetWeights(ref perClass, out var classes);
        var biases = predictor.GetBiases().ToArray();
        var labels = ClassLabels(model);
        if (labels.Count != classes || biases.Length != classes)
        {
            return null;
        }

        var dimension = model.Featurizer.Dimension;
        var stride = (classes + Vector<float>.Count - 1) / Vector<float>.Count * Vector<float>.Count;
        var weights = new float[(long)dimension * stride];
        for (var c = 0; c < classes; c++)
        {
            var values = perClass[c].GetValues();
            var indices = perClass[c].GetIndices();
            for (var k = 0; k < values.Length; k++)
            {
                var feature = perClass[c].IsDense ? k : indices[k];
                weights[((long)feature * stride) + c] = values[k];
            }
        }

        return new LinearScorer(weights, biases, stride, labels);
    }

    /// <summary>Class probabilities of a feature vector; returns the best class and its probability.</summary>
    public (int Class, float Probability) Score(in VBuffer<float> features)
    {
        var classes = biases.Length;
        Span<float> scores = stackalloc float[stride];
        scores.Clear();
        biases.CopyTo(scores);
        var sums = MemoryMarshal.Cast<float, Vector<float>>(scores);
        var values = features.GetValues();
        var indices = features.GetIndices();
        for (var k = 0; k < values.Length; k++)
        {
            var row = MemoryMarshal.Cast<float, Vector<float>>(weights.AsSpan((features.IsDense ? k : indices[k]) * stride, stride));
            var x = new Vector<float>(values[k]);
            for (var v = 0; v < row.Length; v++)
            {
                sums[v] += row[v] * x;
            }
        }

        var best = 0;
        for (var c = 1; c < classes; c++)
        {
            best = scores[c] > scores[best] ? c : best;
        }

        double sum = 0;
        for (var c = 0; c < classes; c++)
        {
            sum += Math.Exp(scores[c] - scores[best]);
        }

        return (best, (float)(1.0 / sum));
    }

    private static List<string> ClassLabels(ElementModel model)
    {
        var input = model.Context.Data.LoadFromEnumerable(Array.Empty<FeatureRow>(), FeatureRow.Schema(model.Featurizer.Dimension)).Schema;
        var label = model.Transformer.GetOutputSchema(input)[nameof(FeatureRow.Label)];
        VBuffer<ReadOnlyMemory<char>> names = default;
        label.GetKeyValues(ref names);
        return names.DenseValues().Select(n => n.ToString()).ToList();
    }
}
