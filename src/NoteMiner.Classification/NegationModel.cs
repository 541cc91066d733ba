using Microsoft.ML.Data;

namespace NoteMiner.Classifier;

/// <summary>
/// The learned half of blank/negation detection: a logistic regression over the element model's own feature
/// vector (so it costs one more sparse dot product, no second featurization), trained on the <c>negated</c> flag
/// of the element passages. It backs the rules of <see cref="Negation.NegationDetector"/>: a passage is negated
/// when the rules say so or the model is at least <see cref="Threshold"/> sure — it catches blanks in shapes no
/// rule was written for ("Pt has not received a copy of the plan yet"). Thread-safe.
/// </summary>
public sealed class NegationModel
{
    private const int FormatVersion = 1;

    private readonly float[] weights;

    public NegationModel(float[] weights, float bias, float threshold)
    {
        ArgumentNullException.ThrowIfNull(weights);
        ArgumentOutOfRangeException.ThrowIfLessThan(threshold, 0f);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(threshold, 1f);
        this.weights = weights;
        Bias = bias;
        Threshold = threshold;
    }

    public float Bias { get; }

    /// <summary>The probability from which the model alone flags a passage, chosen on held-apart folds of the training part.</summary>
    public float Threshold { get; }

    /// <summary>The length of the feature vectors it reads.</summary>
    public int Dimension => weights.Length;

    /// <summary>The probability that the passage with these features is a blank or unreasoned negative.</summary>
    public float Probability(in VBuffer<float> features)
    {
        var values = features.GetValues();
        var indices = features.GetIndices();
        double score = Bias;
        for (var k = 0; k < values.Length; k++)
        {
            var feature = features.IsDense ? k : indices[k];
            if (feature < weights.Length)
            {
                score += weights[feature] * values[k];
            }
        }

        return (float)(1.0 / (1.0 + Math.Exp(-score)));
    }

    public bool IsNegated(in VBuffer<float> features) => Probability(features) >= Threshold;

    /// <summary>Writes the version, threshold, bias, dimension and the non-zero weights as (index, weight) pairs.</summary>
    public void Write(Stream stream)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var writer = new BinaryWriter(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        writer.Write(FormatVersion);
        writer.Write(Threshold);
        writer.Write(Bias);
        writer.Write(weights.Length);
        var nonZero = weights.Count(w => w != 0f);
        writer.Write(nonZero);
        for (var i = 0; i < weights.Length; i++)
        {
            if (weights[i] != 0f)
            {
                writer.Write(i);
                writer.Write(weights[i]);
            }
        }
    }

    /// <summary>Reads what <see cref="Write"/> wrote; throws <see cref="InvalidDataException"/> on anything else.</summary>
    public static NegationModel Read(Stream stream, int dimension)
    {
        ArgumentNullException.ThrowIfNull(stream);
        using var reader = new BinaryReader(stream, System.Text.Encoding.UTF8, leaveOpen: true);
        if (reader.ReadInt32() != FormatVersion)
        {
            throw new InvalidDataException("unknown negation model version");
        }

        var threshold = reader.ReadSingle();
        var bias = reader.ReadSingle();
        var length = reader.ReadInt32();
        var count = reader.ReadInt32();
        if (length != dimension || count < 0 || count > length || !(threshold is >= 0f and <= 1f))
        {
            throw new InvalidDataException("negation model does not fit the featurizer");
        }

        var weights = new float[length];
        for (var k = 0; k < count; k++)
        {
            var index = reader.ReadInt32();
            if ((uint)index >= (uint)length)
            {
                throw new InvalidDataException("negation weight out of range");
            }

            weights[index] = reader.ReadSingle();
        }

        return new NegationModel(weights, bias, threshold);
    }
}
