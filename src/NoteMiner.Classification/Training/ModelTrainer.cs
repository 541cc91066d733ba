using Microsoft.ML;
using Microsoft.ML.Trainers;
using Microsoft.ML.Transforms;
using Microsoft.ML.Transforms.Text;

namespace NoteMiner.Classifier.Training;

/// <summary>Fits the element model: text and header featurised apart, then one of the ML.NET multiclass trainers.</summary>
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
            WordNgramLength = options.WordNgramLength,
            CharNgramLength = options.CharNgramLength,
            UseHeader = options.UseHeader,
            HeaderFreeCopies = options.HeaderFreeCopies,
            CueWeight = options.CueWeight,
            L2Regularization = options.L2Regularization,
            Iterations = options.Iterations,
        };
        var context = new MLContext(options.Seed);
        var data = context.Data.LoadFromEnumerable(ToRows(examples, manifest));
        var transformer = BuildPipeline(context, options).Fit(data);
        return new ElementModel(context, transformer, data.Schema, manifest);
    }

    internal static List<ModelRow> ToRows(IReadOnlyList<TrainingExample> examples, ModelManifest manifest)
    {
        var rows = new List<ModelRow>(examples.Count * 2);
        foreach (var example in examples)
        {
            var row = ModelRow.For(example.Text, example.Header, manifest, example.Label.ToName());
            rows.Add(row);
            if (manifest.HeaderFreeCopies && row.Header.Length > 0)
            {
                rows.Add(new ModelRow { Text = row.Text, Header = "", Cues = row.Cues, Label = row.Label });
            }
        }

        return rows;
    }

    private static IEstimator<ITransformer> BuildPipeline(MLContext context, TrainingOptions options)
    {
        var exp = Environment.GetEnvironmentVariable("NM_EXP") ?? "";
        var weighting = exp.Contains("tfidf", StringComparison.Ordinal) ? NgramExtractingEstimator.WeightingCriteria.TfIdf : NgramExtractingEstimator.WeightingCriteria.Tf;
        var separate = exp.Contains("sep", StringComparison.Ordinal);
        var textOptions = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.WordNgramLength, UseAllLengths = true, Weighting = weighting },
            CharFeatureExtractor = options.CharNgramLength > 0 && !separate
                ? new WordBagEstimator.Options { NgramLength = options.CharNgramLength, UseAllLengths = exp.Contains("charall", StringComparison.Ordinal), Weighting = weighting }
                : null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var charOptions = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepDiacritics = true,
            KeepPunctuations = true,
            KeepNumbers = true,
            WordFeatureExtractor = null,
            CharFeatureExtractor = new WordBagEstimator.Options { NgramLength = options.CharNgramLength, UseAllLengths = exp.Contains("charall", StringComparison.Ordinal), Weighting = weighting },
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };
        var headerOptions = new TextFeaturizingEstimator.Options
        {
            CaseMode = TextNormalizingEstimator.CaseMode.None,
            KeepPunctuations = false,
            KeepNumbers = true,
            WordFeatureExtractor = new WordBagEstimator.Options { NgramLength = 2, UseAllLengths = true },
            CharFeatureExtractor = null,
            Norm = TextFeaturizingEstimator.NormFunction.L2,
        };

        IEstimator<ITransformer> pipeline = context.Transforms.Conversion
            .MapValueToKey(nameof(ModelRow.Label), nameof(ModelRow.Label), keyOrdinality: ValueToKeyMappingEstimator.KeyOrdinality.ByValue)
            .Append(context.Transforms.Text.FeaturizeText("TextFeatures", textOptions, nameof(ModelRow.Text)));
        var parts = new List<string> { "TextFeatures" };
        if (separate && options.CharNgramLength > 0)
        {
            pipeline = pipeline.Append(context.Transforms.Text.FeaturizeText("CharFeatures", charOptions, nameof(ModelRow.Text)));
            parts.Add("CharFeatures");
        }

        if (options.UseHeader)
        {
            pipeline = pipeline.Append(context.Transforms.Text.FeaturizeText("HeaderFeatures", headerOptions, nameof(ModelRow.Header)));
            parts.Add("HeaderFeatures");
        }

        if (options.CueWeight > 0)
        {
            parts.Add(nameof(ModelRow.Cues));
        }

        pipeline = pipeline.Append(context.Transforms.Concatenate("Features", [.. parts]));

        return pipeline
            .Append(CreateTrainer(context, options))
            .Append(context.Transforms.Conversion.MapKeyToValue(nameof(ModelPrediction.PredictedLabel), "PredictedLabel"));
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
