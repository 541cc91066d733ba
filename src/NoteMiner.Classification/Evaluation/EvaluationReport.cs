namespace NoteMiner.Classifier.Evaluation;

/// <summary>
/// How a classifier did on labeled passages: accuracy, macro-F1 (over every label that is gold or predicted),
/// per-label scores, the confusion matrix (rows gold, columns predicted, both in <see cref="Labels"/> order) and
/// the accuracy of the negated flag.
/// </summary>
public sealed record EvaluationReport(
    int Examples,
    double Accuracy,
    double MacroF1,
    IReadOnlyList<LabelScore> PerLabel,
    IReadOnlyList<ElementLabel> Labels,
    IReadOnlyList<IReadOnlyList<int>> Confusion,
    NegationScore Negation);
