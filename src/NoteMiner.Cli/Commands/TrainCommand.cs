using System.ComponentModel;
using NoteMiner.Classifier;
using NoteMiner.Classifier.Evaluation;
using NoteMiner.Classifier.Features;
using NoteMiner.Classifier.Training;
using NoteMiner.Cli.Json;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer train --data training-data --out models/NAME.zip</c>: fits the element model on the training part
/// of the fixed split, scores it on the held-out part and writes the model and <c>models/NAME.metrics.json</c>.
/// </summary>
internal sealed class TrainCommand : Command<TrainCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("--data <DIR>")]
        [Description("Folder of labeled *.jsonl files (top level only), or one file.")]
        public string Data { get; init; } = "training-data";

        [CommandOption("--out <FILE>")]
        [Description("Where to write the model zip; metrics go beside it as NAME.metrics.json.")]
        public string Out { get; init; } = "models/noteminer.zip";

        [CommandOption("--trainer <NAME>")]
        [Description("sdca, lbfgs, ova-perceptron, ova-svm or naive-bayes.")]
        public string Trainer { get; init; } = TrainingOptions.Default.Trainer.ToName();

        [CommandOption("--seed <N>")]
        public int Seed { get; init; } = TrainingOptions.Default.Seed;

        [CommandOption("--word-ngrams <N>")]
        public int WordNgrams { get; init; } = FeatureOptions.Default.WordNgramLength;

        [CommandOption("--char-ngrams <N>")]
        [Description("Longest character n-gram; 0 for none.")]
        public int CharNgrams { get; init; } = FeatureOptions.Default.CharNgramLength;

        [CommandOption("--char-min <N>")]
        [Description("Shortest character n-gram.")]
        public int CharMin { get; init; } = FeatureOptions.Default.CharNgramMin;

        [CommandOption("--tf")]
        [Description("Weight n-grams by term frequency only, not TF-IDF.")]
        public bool Tf { get; init; }

        [CommandOption("--no-header")]
        [Description("Ignore section headers.")]
        public bool NoHeader { get; init; }

        [CommandOption("--header-weight <X>")]
        public float HeaderWeight { get; init; } = FeatureOptions.Default.HeaderWeight;

        [CommandOption("--no-header-free-copies")]
        [Description("Do not add a header-free copy of each example.")]
        public bool NoHeaderFreeCopies { get; init; }

        [CommandOption("--no-negation-model")]
        [Description("Flag blanks and negations by the rules alone, without the learned negation model.")]
        public bool NoNegationModel { get; init; }

        [CommandOption("--cue-weight <X>")]
        [Description("Scale of the cue-lexicon features; 0 leaves them out.")]
        public float CueWeight { get; init; } = FeatureOptions.Default.CueWeight;

        [CommandOption("--field-weight <X>")]
        [Description("Weight of the words before a field's colon as a feature family of their own (0 = off).")]
        public float FieldWeight { get; init; } = FeatureOptions.Default.FieldWeight;

        [CommandOption("--min-df <N>")]
        [Description("Fewest training passages an n-gram must occur in.")]
        public int MinDf { get; init; } = FeatureOptions.Default.MinDocumentFrequency;

        [CommandOption("--l2 <X>")]
        public float? L2 { get; init; }

        [CommandOption("--iterations <N>")]
        public int? Iterations { get; init; }

        [CommandOption("--train-fraction <X>")]
        [Description("Train on this share of the training part (a fixed subset), for learning curves. Default 1.")]
        public double TrainFraction { get; init; } = 1.0;

        [CommandOption("--all")]
        [Description("Train on every example, held-out part included (its figures are then no longer held out).")]
        public bool All { get; init; }

        public override Spectre.Console.ValidationResult Validate() =>
            TrainerKinds.TryParse(Trainer, out _)
                ? Spectre.Console.ValidationResult.Success()
                : Spectre.Console.ValidationResult.Error($"unknown trainer '{Trainer}' (use {string.Join(", ", TrainerKinds.Names)})");

        public TrainingOptions ToOptions() => TrainingOptions.Default with
        {
            Seed = Seed,
            Trainer = TrainerKinds.TryParse(Trainer, out var kind) ? kind : TrainingOptions.Default.Trainer,
            Features = FeatureOptions.Default with
            {
                WordNgramLength = WordNgrams,
                CharNgramLength = CharNgrams,
                CharNgramMin = CharMin,
                TfIdf = !Tf,
                UseHeader = !NoHeader,
                HeaderWeight = HeaderWeight,
                CueWeight = CueWeight,
                FieldWeight = FieldWeight,
                MinDocumentFrequency = MinDf,
            },
            HeaderFreeCopies = !NoHeaderFreeCopies,
            NegationModel = !NoNegationModel,
            L2Regularization = L2 ?? TrainingOptions.Default.L2Regularization,
            Iterations = Iterations,
        };
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var set = TrainingSet.Load(settings.Data);
        var (train, heldOut) = DataSplit.Split(set.Examples);
        if (settings.TrainFraction < 1.0)
        {
            var folds = (int)Math.Round(settings.TrainFraction * 20);
            train = train.Where(e => DataSplit.Fold(e, 20) < folds).ToList();
        }

        var options = settings.ToOptions();
        var started = System.Diagnostics.Stopwatch.StartNew();
        var model = ModelTrainer.Train(settings.All ? set.Examples : train, options, set.DataHash);
        var trainSeconds = started.Elapsed.TotalSeconds;
        ModelFile.Save(model, settings.Out);

        var classifier = new PassageClassifier(model, PassageClassifier.DisplayName(settings.Out));
        var report = Evaluator.Evaluate(classifier, heldOut);
        var textOnly = Evaluator.Evaluate(classifier, TrainingExample.WithoutHeaders(heldOut));

        // extra_*.jsonl are the classifier engineer's additions; the writers' files alone are the harder yardstick.
        var writers = Evaluator.Evaluate(classifier, heldOut.Where(e => !e.Origin.StartsWith("extra_", StringComparison.Ordinal)).ToList());
        var metricsPath = Path.ChangeExtension(settings.Out, null) + ".metrics.json";
        MetricsJson.Write(
            metricsPath,
            classifier.ModelName,
            model.Manifest,
            (set.Examples.Count, settings.All ? set.Examples.Count : train.Count, heldOut.Count),
            [("heldOut", report), ("heldOutWithoutHeaders", textOnly), ("heldOutWriterFilesOnly", writers)]);

        Console.Out.Write(ReportText.Format($"held-out ({options.Trainer.ToName()})", report, confusion: settings.Verbose));
        Console.Out.WriteLine(FormattableString.Invariant(
            $"held-out without headers: macro-F1 {textOnly.MacroF1:0.0000}  accuracy {textOnly.Accuracy:0.0000}"));
        Console.Out.WriteLine(FormattableString.Invariant(
            $"held-out, writers' files only ({writers.Examples}): macro-F1 {writers.MacroF1:0.0000}  accuracy {writers.Accuracy:0.0000}"));
        Console.Out.WriteLine(FormattableString.Invariant(
            $"trained on {(settings.All ? set.Examples.Count : train.Count)} examples in {trainSeconds:0.0} s; wrote {settings.Out} ({new FileInfo(settings.Out).Length / 1024.0 / 1024.0:0.0} MB) and {metricsPath}"));
        return ExitCodes.Success;
    }
}
