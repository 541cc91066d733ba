using Microsoft.ML;
using Microsoft.ML.Data;
using Microsoft.ML.Trainers;
using NoteMiner.Classifier.Negation;

namespace NoteMiner.Classifier.Training;

/// <summary>
/// Fits <see cref="NegationModel"/>: an L-BFGS logistic regression on the element passages' feature vectors and
/// their <c>negated</c> flag (<c>other</c> passages are never negated, so they are left out). Its threshold is the
/// one of <see cref="Thresholds"/> under which the classifier's rule — the rules, or the model where the rules read
/// no outright answer — scores best on 5 folds of the training passages,
/// each scored by a model fitted on the other four; then the model is fitted on all of them. Deterministic.
/// </summary>
internal static class NegationTrainer
{
    private const int Folds = 5;

    private const float L2 = 0.01f;

    /// <summary>The thresholds tried, from the most to the least willing to flag.</summary>
    internal static readonly float[] Thresholds = [0.5f, 0.6f, 0.7f, 0.8f, 0.9f];

    public static NegationModel? Train(IReadOnlyList<TrainingExample> passages, IReadOnlyList<VBuffer<float>> features, int dimension, int seed)
    {
        var rows = Enumerable.Range(0, passages.Count).Where(i => passages[i].Label != ElementLabel.Other).ToList();
        if (rows.Count == 0 || rows.All(i => passages[i].Negated) || rows.All(i => !passages[i].Negated))
        {
            return null; // nothing to learn from
        }

        var context = new MLContext(seed);
        var fold = rows.Select(i => DataSplit.Fold(passages[i], Folds)).ToArray();
        var probability = new float[rows.Count];
        for (var f = 0; f < Folds; f++)
        {
            var fit = rows.Where((_, k) => fold[k] != f).ToList();
            var scored = Enumerable.Range(0, rows.Count).Where(k => fold[k] == f).ToList();
            if (scored.Count == 0 || fit.Select(i => passages[i].Negated).Distinct().Count() < 2)
            {
                continue;
            }

            var model = Fit(context, fit.Select(i => (features[i], passages[i].Negated)), dimension, 0.5f);
            foreach (var k in scored)
            {
                probability[k] = model.Probability(features[rows[k]]);
            }
        }

        var ruled = rows.Select(i => NegationDetector.IsNegated(passages[i].Text)).ToArray();
        var answered = rows.Select(i => NegationDetector.IsExplicitAnswer(passages[i].Text)).ToArray();
        var threshold = Thresholds
            .OrderByDescending(t => Enumerable.Range(0, rows.Count)
                .Count(k => (ruled[k] || (probability[k] >= t && !answered[k])) == passages[rows[k]].Negated))
            .ThenByDescending(t => t)
            .First();
        return Fit(context, rows.Select(i => (features[i], passages[i].Negated)), dimension, threshold);
    }

    private static NegationModel Fit(MLContext context, IEnumerable<(VBuffer<float> Features, bool Negated)> rows, int dimension, float threshold)
    {
        var schema = SchemaDefinition.Create(typeof(NegationRow));
        schema[nameof(NegationRow.Features)].ColumnType = new VectorDataViewType(NumberDataViewType.Single, dimension);
        var data = context.Data.LoadFromEnumerable(rows.Select(r => new NegationRow { Features = r.Features, Label = r.Negated }), schema);
        var trainer = context.BinaryClassification.Trainers.LbfgsLogisticRegression(new LbfgsLogisticRegressionBinaryTrainer.Options
        {
            NumberOfThreads = 1,
            L2Regularization = L2,
            L1Regularization = 0f,
        });
        var linear = trainer.Fit(data).Model.SubModel;
        return new NegationModel([.. linear.Weights], linear.Bias, threshold);
    }

    private sealed class NegationRow
    {
        public VBuffer<float> Features { get; set; }

        public bool Label { get; set; }
    }
}
