namespace NoteMiner.Classifier.Training;

/// <summary>Converts <see cref="TrainerKind"/> to and from its command-line name.</summary>
public static class TrainerKinds
{
    private static readonly Dictionary<string, TrainerKind> ByName = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sdca"] = TrainerKind.SdcaMaximumEntropy,
        ["lbfgs"] = TrainerKind.LbfgsMaximumEntropy,
        ["ova-perceptron"] = TrainerKind.OneVersusAllPerceptron,
        ["ova-svm"] = TrainerKind.OneVersusAllSvm,
        ["naive-bayes"] = TrainerKind.NaiveBayes,
    };

    /// <summary>Every command-line name.</summary>
    public static IReadOnlyCollection<string> Names => ByName.Keys;

    public static string ToName(this TrainerKind kind) => ByName.First(kv => kv.Value == kind).Key;

    public static bool TryParse(string name, out TrainerKind kind) => ByName.TryGetValue(name, out kind);
}
