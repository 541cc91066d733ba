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
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        ArgumentOutOfRangeException.ThrowIfLessThan(folds, 2);
        var foldOf = examples.Select(e => DataSplit.Fold(e, folds)).ToArray();
        var gold = new List<TrainingExample>(examples.Count);
        var predicted = new List<Classification>(examples.Count);
        var foldMacro = new List<double>(folds);
        for (var fold = 0; fold < folds; fold++)
        {
            var train = examples.Where((_, i) => foldOf[i] != fold).ToList();
            var test = examples.Where((_, i) => foldOf[i] == fold).ToList();
            var classifier = new PassageClassifier(ModelTrainer.Train(train, options), $"fold {fold + 1}");
            var foldPredictions = classifier.ClassifyTexts(test.Select(t => (t.Text, t.Header)).ToList());
            foldMacro.Add(Evaluator.Score(test, foldPredictions).MacroF1);
            gold.AddRange(test);
            predicted.AddRange(foldPredictions);
        }

        return new CrossValidationResult(Evaluator.Score(gold, predicted), foldMacro);
    }
}
