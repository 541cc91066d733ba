namespace NoteMiner.Classifier.Training;

/// <summary>The ML.NET multiclass trainers NoteMiner can fit; the wire names are kebab-case.</summary>
public enum TrainerKind
{
    /// <summary>Stochastic dual coordinate ascent, maximum entropy (softmax) loss.</summary>
    SdcaMaximumEntropy,

    /// <summary>L-BFGS multinomial logistic regression.</summary>
    LbfgsMaximumEntropy,

    /// <summary>One-versus-all averaged perceptrons, Platt-calibrated.</summary>
    OneVersusAllPerceptron,

    /// <summary>One-versus-all linear SVMs, Platt-calibrated.</summary>
    OneVersusAllSvm,

    /// <summary>Multiclass naive Bayes over feature presence.</summary>
    NaiveBayes,
}
