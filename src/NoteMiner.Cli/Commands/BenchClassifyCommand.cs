using System.ComponentModel;
using System.Diagnostics;
using NoteMiner.Classifier;
using NoteMiner.Classifier.Training;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer bench classify</c>: model load time, then passages per second on one thread (one prediction per
/// call) and in batches, over the training passages repeated to <c>--n</c>.
/// </summary>
internal sealed class BenchClassifyCommand : Command<BenchClassifyCommand.Settings>
{
    internal sealed class Settings : CommonSettings
    {
        [CommandOption("--model <FILE>")]
        public string? Model { get; init; }

        [CommandOption("--data <PATH>")]
        [Description("Passages to classify (training folder or .jsonl).")]
        public string Data { get; init; } = "training-data";

        [CommandOption("-n|--count <N>")]
        [Description("Passages per measurement.")]
        public int N { get; init; } = 50_000;
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var path = settings.Model ?? PassageClassifier.FindDefaultModel()
            ?? throw new ClassificationModelException("models/noteminer.zip: model not found");
        var load = Stopwatch.StartNew();
        var classifier = PassageClassifier.Load(path);
        classifier.Classify("Caregiver: daughter Ana, visits daily", "Caregiver");
        load.Stop();

        var examples = TrainingSet.Load(settings.Data).Examples;
        var items = Enumerable.Range(0, settings.N).Select(i => examples[i % examples.Count]).Select(e => (e.Text, e.Header)).ToList();
        var averageChars = items.Average(i => i.Text.Length);

        // Warm up both paths so the JIT is not measured.
        foreach (var (text, header) in items.Take(2_000))
        {
            classifier.Classify(text, header);
        }

        classifier.ClassifyTexts(items.Take(2_000).ToList());

        var single = Stopwatch.StartNew();
        foreach (var (text, header) in items)
        {
            classifier.Classify(text, header);
        }

        single.Stop();
        var batch = Stopwatch.StartNew();
        classifier.ClassifyTexts(items);
        batch.Stop();

        var size = new FileInfo(path).Length / 1024.0 / 1024.0;
        Console.Out.WriteLine(FormattableString.Invariant($"model {PassageClassifier.DisplayName(path)}: {size:0.0} MB, load + first prediction {load.Elapsed.TotalMilliseconds:0} ms"));
        Console.Out.WriteLine(FormattableString.Invariant($"{settings.N} passages (mean {averageChars:0} chars), one thread"));
        Console.Out.WriteLine(FormattableString.Invariant($"  prediction engine, one call per passage: {settings.N / single.Elapsed.TotalSeconds,10:0} passages/s"));
        Console.Out.WriteLine(FormattableString.Invariant($"  batch transform:                        {settings.N / batch.Elapsed.TotalSeconds,10:0} passages/s"));
        return ExitCodes.Success;
    }
}
