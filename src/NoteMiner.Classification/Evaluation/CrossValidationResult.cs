namespace NoteMiner.Classifier.Evaluation;

/// <summary>The pooled report of a cross-validation and each fold's macro-F1.</summary>
public sealed record CrossValidationResult(EvaluationReport Pooled, IReadOnlyList<double> FoldMacroF1)
{
    public double MeanMacroF1 => FoldMacroF1.Count == 0 ? 0 : FoldMacroF1.Average();

    public double StdDevMacroF1 =>
        FoldMacroF1.Count < 2 ? 0 : Math.Sqrt(FoldMacroF1.Sum(f => (f - MeanMacroF1) * (f - MeanMacroF1)) / (FoldMacroF1.Count - 1));
}
