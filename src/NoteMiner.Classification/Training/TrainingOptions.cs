namespace NoteMiner.Classifier.Training;

/// <summary>How the element model is fitted. Change with <c>with { … }</c>; the same options and data give the same model.</summary>
public sealed record TrainingOptions
{
    public static TrainingOptions Default { get; } = new();

    /// <summary>Seeds ML.NET and every shuffle.</summary>
    public int Seed { get; init; } = 1729;

    public TrainerKind Trainer { get; init; } = TrainerKind.SdcaMaximumEntropy;

    /// <summary>Longest word n-gram over the passage text (1 = words only).</summary>
    public int WordNgramLength { get; init; } = 2;

    /// <summary>Longest character n-gram over the passage text; 0 turns character n-grams off.</summary>
    public int CharNgramLength { get; init; } = 4;

    /// <summary>Whether the section header is a feature (as its own word bag, apart from the text).</summary>
    public bool UseHeader { get; init; } = true;

    /// <summary>
    /// Adds a header-free copy of every example that has a header, so the model also labels passages that
    /// arrive without one (classify --jsonl input, headerless notes) rather than leaning on the header.
    /// </summary>
    public bool HeaderFreeCopies { get; init; } = true;

    /// <summary>Scale of the cue-lexicon features (<see cref="Features.CueLexicon"/>); 0 leaves them out.</summary>
    public float CueWeight { get; init; } = 1f;

    /// <summary>L2 regularisation for the linear trainers; null keeps ML.NET's default.</summary>
    public float? L2Regularization { get; init; }

    /// <summary>Passes over the data for the iterative trainers; null keeps ML.NET's default.</summary>
    public int? Iterations { get; init; }
}
