using NoteMiner.Classifier.Features;

namespace NoteMiner.Classifier;

/// <summary>
/// What a model file says about itself: how it was trained (trainer, seed, features), on which data (hash and
/// count) and which labels it knows. Stored as <c>manifest.json</c> inside the model zip.
/// </summary>
public sealed record ModelManifest(string Trainer, int Seed, string DataHash, int Examples, IReadOnlyList<string> Labels)
{
    public const string CurrentSchema = "noteminer.model/2";

    public string Schema { get; init; } = CurrentSchema;

    public FeatureOptions Features { get; init; } = FeatureOptions.Default;

    public bool HeaderFreeCopies { get; init; }

    public float? L2Regularization { get; init; }

    public int? Iterations { get; init; }

    /// <summary>The threshold of the model's <see cref="NegationModel"/>; null when it has none (rules only).</summary>
    public float? NegationThreshold { get; init; }
}
