using NoteMiner.Classifier.Training;

namespace NoteMiner.Classifier.Evaluation;

/// <summary>Scores predictions against gold examples.</summary>
public static class Evaluator
{
    /// <summary>Runs <paramref name="classifier"/> over <paramref name="gold"/> and scores the result.</summary>
    public static EvaluationReport Evaluate(IPassageClassifier classifier, IReadOnlyList<TrainingExample> gold)
    {
        ArgumentNullException.ThrowIfNull(classifier);
        ArgumentNullException.ThrowIfNull(gold);
        var predicted = classifier is PassageClassifier batch
            ? batch.ClassifyTexts(gold.Select(g => (g.Text, g.Header)).ToList())
            : gold.Select(g => classifier.Classify(g.Text, g.Header)).ToList();
        return Score(gold, predicted);
    }

    /// <summary>Scores <paramref name="predicted"/> (in the order of <paramref name="gold"/>).</summary>
    public static EvaluationReport Score(IReadOnlyList<TrainingExample> gold, IReadOnlyList<Classification> predicted)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(predicted);
        if (gold.Count != predicted.Count)
        {
            throw new ArgumentException("One prediction per gold example is needed.", nameof(predicted));
        }

        var labels = ElementLabels.All
            .Where(l => gold.Any(g => g.Label == l) || predicted.Any(p => p.Label == l))
            .ToList();
        var index = labels.Select((l, i) => (l, i)).ToDictionary(x => x.l, x => x.i);
        var confusion = new int[labels.Count, labels.Count];
        int correct = 0, negationCorrect = 0, goldNegated = 0, predictedNegated = 0, bothNegated = 0;
        for (var i = 0; i < gold.Count; i++)
        {
            confusion[index[gold[i].Label], index[predicted[i].Label]]++;
            correct += gold[i].Label == predicted[i].Label ? 1 : 0;
            negationCorrect += gold[i].Negated == predicted[i].Negated ? 1 : 0;
            goldNegated += gold[i].Negated ? 1 : 0;
            predictedNegated += predicted[i].Negated ? 1 : 0;
            bothNegated += gold[i].Negated && predicted[i].Negated ? 1 : 0;
        }

        var perLabel = labels.Select(l => ScoreLabel(l, index[l], confusion, labels.Count)).ToList();
        var rows = Enumerable.Range(0, labels.Count)
            .Select(r => (IReadOnlyList<int>)Enumerable.Range(0, labels.Count).Select(c => confusion[r, c]).ToList())
            .ToList();
        var n = Math.Max(1, gold.Count);
        var negation = new NegationScore(
            (double)negationCorrect / n,
            Ratio(bothNegated, predictedNegated),
            Ratio(bothNegated, goldNegated),
            goldNegated,
            predictedNegated);
        var macro = perLabel.Count == 0 ? 0 : perLabel.Average(s => s.F1);
        return new EvaluationReport(gold.Count, (double)correct / n, macro, perLabel, labels, rows, negation);
    }

    private static LabelScore ScoreLabel(ElementLabel label, int k, int[,] confusion, int size)
    {
        int truePositive = confusion[k, k], support = 0, predicted = 0;
        for (var j = 0; j < size; j++)
        {
            support += confusion[k, j];
            predicted += confusion[j, k];
        }

        var precision = Ratio(truePositive, predicted);
        var recall = Ratio(truePositive, support);
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new LabelScore(label, precision, recall, f1, support, predicted);
    }

    private static double Ratio(int numerator, int denominator) => denominator == 0 ? 0 : (double)numerator / denominator;
}
