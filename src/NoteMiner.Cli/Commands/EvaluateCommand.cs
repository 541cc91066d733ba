using System.ComponentModel;
using System.Text.Json;
using NoteMiner.Classifier;
using NoteMiner.Classifier.Evaluation;
using NoteMiner.Classifier.Training;
using NoteMiner.Cli.Json;
using NoteMiner.Composer;
using Spectre.Console;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer evaluate [--model FILE] [--data DIR|FILE.jsonl]</c>: the committed (or given) model on the fixed
/// held-out split of a training folder (with a summary of the split without headers and of the folder's
/// never-trained <c>eval/*.jsonl</c> sets), or on every row of a file, plus k-fold cross-validation of the same
/// pipeline on the training part.
/// </summary>
internal sealed class EvaluateCommand : Command<EvaluateCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("--model <FILE>")]
        [Description("Model zip; default models/noteminer.zip.")]
        public string? Model { get; init; }

        [CommandOption("--data <PATH>")]
        [Description("A training folder (its held-out split is scored) or a .jsonl file (every row is scored).")]
        public string Data { get; init; } = "training-data";

        [CommandOption("--folds <N>")]
        [Description("Cross-validation folds on a training folder's training part; 0 skips it. Default 5.")]
        public int Folds { get; init; } = 5;

        [CommandOption("--without-headers")]
        [Description("Score the passages with their headers removed.")]
        public bool WithoutHeaders { get; init; }

        [CommandOption("--part <PART>")]
        [Description("Which part of a training folder to score: held-out (default) or train.")]
        public string Part { get; init; } = "held-out";

        [CommandOption("--errors <N>")]
        [Description("List up to N misclassified passages (stdout only).")]
        public int Errors { get; init; }

        [CommandOption("--disagreements <FILE>")]
        [Description("Cross-validate over every row of a training folder (held-out part included, each row scored by a model that never saw it) and write the rows whose verdict disagrees with their label to FILE as JSON lines, for a label review.")]
        public string? Disagreements { get; init; }

        public override ValidationResult Validate() =>
            Disagreements is not null && !Directory.Exists(Data)
                ? ValidationResult.Error("--disagreements needs --data to be a training folder")
                : base.Validate();
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var classifier = settings.Model is { } path ? PassageClassifier.Load(path, PassageClassifier.DisplayName(path)) : PassageClassifier.LoadDefault();
        var set = TrainingSet.Load(settings.Data);
        var isFolder = Directory.Exists(settings.Data);
        var (train, heldOut) = isFolder ? DataSplit.Split(set.Examples) : ([], set.Examples);
        var scored = settings.Part == "train" ? train : heldOut;
        var gold = settings.WithoutHeaders ? TrainingExample.WithoutHeaders(scored) : scored;

        Console.Out.WriteLine($"model {classifier.ModelName} ({classifier.Manifest.Trainer}, seed {classifier.Manifest.Seed}, data {Short(classifier.Manifest.DataHash)})");
        Console.Out.WriteLine($"data {settings.Data} ({Short(set.DataHash)}){(classifier.Manifest.DataHash == set.DataHash ? "" : " — not the data the model was trained on")}");
        var report = Evaluator.Evaluate(classifier, gold);
        Console.Out.Write(ReportText.Format(isFolder ? "held-out split" : Path.GetFileName(settings.Data), report));
        if (settings.Errors > 0)
        {
            PrintErrors(classifier, gold, settings.Errors);
        }

        if (isFolder && settings.Part != "train")
        {
            PrintSummaries(classifier, settings.Data, heldOut);
        }

        if (isFolder && settings.Folds >= 2)
        {
            var cv = CrossValidation.Run(train, classifier.Manifest.ToTrainingOptions(), settings.Folds);
            Console.Out.Write(ReportText.Format($"{settings.Folds}-fold cross-validation on the training part (pooled)", cv.Pooled, confusion: false));
            Console.Out.WriteLine(FormattableString.Invariant(
                $"per-fold macro-F1 {string.Join(" ", cv.FoldMacroF1.Select(f => f.ToString("0.0000", System.Globalization.CultureInfo.InvariantCulture)))}  mean {cv.MeanMacroF1:0.0000} ± {cv.StdDevMacroF1:0.0000}"));
        }

        if (settings.Disagreements is { } output)
        {
            WriteDisagreements(set.Examples, classifier.Manifest.ToTrainingOptions(), Math.Max(settings.Folds, 2), output, settings.Data);
        }

        return ExitCodes.Success;
    }

    private static void WriteDisagreements(IReadOnlyList<TrainingExample> examples, TrainingOptions options, int folds, string output, string data)
    {
        OutputFile.Check(output, [data]);
        var verdicts = CrossValidation.OutOfFold(examples, options, folds);
        var count = 0;
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Encoder = JsonDefaults.Options.Encoder }))
        {
            for (var i = 0; i < examples.Count; i++)
            {
                var (gold, verdict) = (examples[i], verdicts[i]);
                if (gold.Label == verdict.Label && gold.Negated == verdict.Negated)
                {
                    continue;
                }

                writer.Reset();
                writer.WriteStartObject();
                writer.WriteString("origin", gold.Origin);
                writer.WriteBoolean("heldOut", DataSplit.IsHeldOut(gold));
                writer.WriteString("text", gold.Text);
                writer.WriteString("header", gold.Header);
                writer.WriteString("label", gold.Label.ToName());
                writer.WriteBoolean("negated", gold.Negated);
                writer.WriteString("predicted", verdict.Label.ToName());
                writer.WriteNumber("score", verdict.Score);
                writer.WriteBoolean("predictedNegated", verdict.Negated);
                writer.WriteEndObject();
                writer.Flush();
                buffer.WriteByte((byte)'\n');
                count++;
            }
        }

        OutputFile.Write(output, buffer.GetBuffer().AsSpan(0, (int)buffer.Length), [data]);
        Console.Out.WriteLine($"{folds}-fold verdicts over all {examples.Count} rows: {count} disagree with their label or negation; wrote {output}");
    }

    private static void PrintErrors(PassageClassifier classifier, IReadOnlyList<TrainingExample> gold, int limit)
    {
        var predicted = classifier.ClassifyTexts(gold.Select(g => (g.Text, g.Header)).ToList());
        var shown = 0;
        for (var i = 0; i < gold.Count && shown < limit; i++)
        {
            if (gold[i].Label != predicted[i].Label || gold[i].Negated != predicted[i].Negated)
            {
                Console.Out.WriteLine(FormattableString.Invariant(
                    $"{gold[i].Origin}: gold {gold[i].Label.ToName()}{(gold[i].Negated ? "/neg" : "")} → {predicted[i].Label.ToName()}{(predicted[i].Negated ? "/neg" : "")} {predicted[i].Score:0.00} [{gold[i].Header}] {gold[i].Text}"));
                shown++;
            }
        }
    }

    /// <summary>
    /// One line each for the held-out split without its headers (how <c>classify --jsonl</c> sees passages) and
    /// for every evaluation set in the folder's <c>eval/</c>, which training never reads.
    /// </summary>
    private static void PrintSummaries(PassageClassifier classifier, string folder, IReadOnlyList<TrainingExample> heldOut)
    {
        Console.Out.WriteLine("== summary");
        var sets = new List<(string Name, IReadOnlyList<TrainingExample> Examples)>
        {
            ("held-out split, headers removed", TrainingExample.WithoutHeaders(heldOut)),
        };
        var evalFolder = Path.Combine(folder, "eval");
        if (Directory.Exists(evalFolder))
        {
            sets.AddRange(Directory.GetFiles(evalFolder, "*.jsonl").Order(StringComparer.Ordinal)
                .Select(f => ($"eval/{Path.GetFileName(f)}", TrainingSet.Load(f).Examples)));
        }

        foreach (var (name, examples) in sets)
        {
            var report = Evaluator.Evaluate(classifier, examples);
            Console.Out.WriteLine(FormattableString.Invariant(
                $"{name,-34} {report.Examples,5} passages  macro-F1 {report.MacroF1:0.0000}  accuracy {report.Accuracy:0.0000}  negation accuracy {report.Negation.Accuracy:0.0000}"));
        }
    }

    private static string Short(string hash) => hash.Length > 12 ? hash[..12] : hash;
}
