using NoteMiner.Classifier.Features;

namespace NoteMiner.Classifier.Training;

/// <summary>How the element model is fitted. Change with <c>with { … }</c>; the same options and data give the same model.</summary>
public sealed record TrainingOptions
{
    public static TrainingOptions Default { get; } = new();

    /// <summary>Seeds ML.NET and every shuffle.</summary>
    public int Seed { get; init; } = 1729;

    public TrainerKind Trainer { get; init; } = TrainerKind.LbfgsMaximumEntropy;

    public FeatureOptions Features { get; init; } = FeatureOptions.Default;

    /// <summary>
    /// Adds a header-free copy of every example that has a header, so the model also labels passages that
    /// arrive without one (classify --jsonl input, headerless notes) rather than leaning on the header.
    /// </summary>
    public bool HeaderFreeCopies { get; init; } = true;

    /// <summary>Also fit a <see cref="NegationModel"/> that backs the negation rules.</summary>
    public bool NegationModel { get; init; } = true;

    /// <summary>L2 regularisation for the linear trainers; null keeps the trainer's default.</summary>
    public float? L2Regularization { get; init; } = 0.01f;

    /// <summary>Passes over the data for the iterative trainers; null keeps ML.NET's default.</summary>
    public int? Iterations { get; init; }
}
