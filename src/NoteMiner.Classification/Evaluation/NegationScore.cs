namespace NoteMiner.Classifier.Evaluation;

/// <summary>How well the negated flag matched: accuracy, and precision/recall of "negated".</summary>
public sealed record NegationScore(double Accuracy, double Precision, double Recall, int GoldNegated, int PredictedNegated);
