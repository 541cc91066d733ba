using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using NoteMiner.Classifier.Features;

namespace NoteMiner.Classifier.Training;

/// <summary>
/// Fits the element model: builds the n-gram vocabulary of the training passages, featurizes them with
/// <see cref="PassageFeaturizer"/>, trains one of the ML.NET multiclass trainers on the vectors, and a
/// <see cref="NegationModel"/> on the same vectors.
/// </summary>
public static class ModelTrainer
{
    /// <summary>Trains on <paramref name="examples"/> with <paramref name="options"/>; deterministic for a seed.</summary>
    public static ElementModel Train(IReadOnlyList<TrainingExample> examples, TrainingOptions options, string dataHash = "")
    {
        ArgumentNullException.ThrowIfNull(examples);
        ArgumentNullException.ThrowIfNull(options);
        if (examples.Count == 0)
        {
            throw new ArgumentException("No examples to train on.", nameof(examples));
        }

        var labels = examples.Select(e => e.Label).Distinct().OrderBy(l => l.ToName(), StringComparer.Ordinal).ToList();
        var manifest = new ModelManifest(options.Trainer.ToName(), options.Seed, dataHash, examples.Count, labels.Select(l => l.ToName()).ToList())
        {
            Features = options.Features,
            HeaderFreeCopies = options.HeaderFreeCopies,
            L2Regularization = options.L2Regularization,
            Iterations = options.Iterations,
        };

        var passages = Expand(examples, options);
        var vocabulary = FeatureVocabulary.Build(
            passages.Select(p => PassageFeaturizer.GramSet(p.Text, p.Header, options.Features)).ToList(),
            options.Features.MinDocumentFrequency);
        var featurizer = new PassageFeaturizer(options.Features, vocabulary);
        var features = passages.Select(p => featurizer.Featurize(p.Text, p.Header)).ToList();
        var rows = passages.Select((p, i) => new FeatureRow { Features = features[i], Label = p.Label.ToName() });

        var context = new MLContext(options.Seed);
        var data = context.Data.LoadFromEnumerable(rows, FeatureRow.Schema(featurizer.Dimension));
        var pipeline = context.Transforms.Conversion
            .MapValueToKey(nameof(FeatureRow.Label), nameof(FeatureRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(CreateTrainer(context, options))
            .Append(context.Transforms.Conversion.MapKeyToValue(nameof(ModelPrediction.PredictedLabel), "PredictedLabel"));
        var transformer = pipeline.Fit(data);
        var negation = options.NegationModel ? NegationTrainer.Train(passages, features, featurizer.Dimension, options.Seed) : null;
        return new ElementModel(context, transformer, featurizer, manifest with { NegationThreshold = negation?.Threshold }, negation);
    }

    /// <summary>The passages trained on: each example, plus a header-free copy when asked for.</summary>
    private static List<TrainingExample> Expand(IReadOnlyList<TrainingExample> examples, TrainingOptions options)
    {
        var passages = new List<TrainingExample>(examples.Count * 2);
        foreach (var example in examples)
        {
            passages.Add(example);
            if (options.HeaderFreeCopies && options.Features.UseHeader && example.Header is not null)
            {
                passages.Add(example with { Header = null });
            }
        }

        return passages;
    }

    private static IEstimator<ITransformer> CreateTrainer(MLContext context, TrainingOptions options)
    {
        var trainers = context.MulticlassClassification.Trainers;
        var binary = context.BinaryClassification.Trainers;
        return options.Trainer switch
        {
            TrainerKind.SdcaMaximumEntropy => trainers.SdcaMaximumEntropy(new SdcaMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1, // several threads make SDCA's result depend on scheduling
                L2Regularization = options.L2Regularization,
                MaximumNumberOfIterations = options.Iterations,
            }),
            TrainerKind.LbfgsMaximumEntropy => trainers.LbfgsMaximumEntropy(new LbfgsMaximumEntropyMulticlassTrainer.Options
            {
                NumberOfThreads = 1,
                L2Regularization = options.L2Regularization ?? 1f,
                L1Regularization = 0f, // ML.NET's default L1 of 1 prunes most n-grams on a corpus this small
                MaximumNumberOfIterations = options.Iterations ?? 100,
            }),
            TrainerKind.OneVersusAllPerceptron => trainers.OneVersusAll(
                binary.AveragedPerceptron(new AveragedPerceptronTrainer.Options { NumberOfIterations = options.Iterations ?? 10 })),
            TrainerKind.OneVersusAllSvm => trainers.OneVersusAll(
                binary.LinearSvm(new LinearSvmTrainer.Options { NumberOfIterations = options.Iterations ?? 10 })),
            TrainerKind.NaiveBayes => trainers.NaiveBayes(),
            _ => throw new ArgumentOutOfRangeException(nameof(options), options.Trainer, "Unknown trainer."),
        };
    }
}
