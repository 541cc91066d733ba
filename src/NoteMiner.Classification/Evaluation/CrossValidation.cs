using NoteMiner.Classifier.Training;

namespace NoteMiner.Classifier.Evaluation;

/// <summary>
/// k-fold cross-validation over the training part: each fold (fixed by <see cref="DataSplit.Fold"/>) is scored by
/// a model trained on the others; the predictions are pooled into one report.
/// </summary>
public static class CrossValidation
{
    public static CrossValidationResult Run(IReadOnlyList<TrainingExample> examples, TrainingOptions options, int folds = 5)
    {
        var (predicted, foldMacro) = Score(examples, options, folds);
        return new CrossValidationResult(Evaluator.Score(examples, predicted), foldMacro);
    }

    /// <summary>
    /// Every example's verdict from the fold model that did not see it, in the order given: where it disagrees
    /// with the written label, the label deserves a second look (how the training data's label review was done).
    /// </summary>
    public static IReadOnlyList<Classification> OutOfFold(IReadOnlyList<TrainingExample> examples, TrainingOptions options, int folds = 5) =>
        Score(examples, options, folds).Predicted;

    private static (Classification[] Predicted, List<double> FoldMacro) Score(IReadOnlyList<TrainingExample> examples, TrainingOptions options, int folds)
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var foldOf = examples.Select(e => DataSplit.Fold(e, folds)).ToArray();
        var predicted = new Classification[examples.Count];
        var foldMacro = new List<double>(folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var test = Enumerable.Range(0, examples.Count).Where(i => foldOf[i] == fold).ToList();
            var train = examples.Where((_, i) => foldOf[i] != fold).ToList();
            var classifier = new PassageClassifier(ModelTrainer.Train(train, options), $"fold {fold + 1}");
            var foldPredictions = classifier.ClassifyTexts(test.Select(i => (examples[i].Text, examples[i].Header)).ToList());
            foldMacro.Add(Evaluator.Score(test.Select(i => examples[i]).ToList(), foldPredictions).MacroF1);
            for (var k = 0; k < test.Count; k++)
            {
                predicted[test[k]] = foldPredictions[k];
            }
        }

        return (predicted, foldMacro);
    }
}
