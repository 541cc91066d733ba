using System.ComponentModel;
using System.Diagnostics;
using NoteMiner.Classifier;
using NoteMiner.Classifier.Negation;
using NoteMiner.Classifier.Training;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// <c>noteminer bench classify</c>: model size and load time, then passages per second on one thread (one call
/// per passage) and on all cores, over the training passages repeated to <c>--count</c>. Each figure is the best
/// of three rounds, by wall time and by CPU time (the machine may be shared).
/// </summary>
internal sealed class BenchClassifyCommand : Command<BenchClassifyCommand.Settings>
{
    private const int Rounds = 3;

    internal sealed class Settings : CommonSettings
    {
        [CommandOption("--model <FILE>")]
        public string? Model { get; init; }

        [CommandOption("--data <PATH>")]
        [Description("Passages to classify (training folder or .jsonl).")]
        public string Data { get; init; } = "training-data";

        [CommandOption("-n|--count <N>")]
        [Description("Passages per round.")]
        public int Count { get; init; } = 50_000;
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
        var items = Enumerable.Range(0, settings.Count).Select(i => examples[i % examples.Count]).Select(e => (e.Text, e.Header)).ToList();
        var size = new FileInfo(path).Length / 1024.0 / 1024.0;
        Print($"model {PassageClassifier.DisplayName(path)}: {size:0.0} MB, load + first prediction {load.Elapsed.TotalMilliseconds:0} ms, linear scorer {classifier.UsesLinearScorer}");
        Print($"{settings.Count} passages per round (mean {items.Average(i => i.Text.Length):0} chars), best of {Rounds}");

        classifier.ClassifyTexts(items.Take(5_000).ToList()); // JIT warm-up
        Report("featurizer only, one thread", items.Count, () => items.ForEach(i => classifier.Featurizer.Featurize(i.Text, i.Header)));
        Report("negation rules only, one thread", items.Count, () => items.ForEach(i => NegationDetector.IsNegated(i.Text)));
        Report("classify, one thread", items.Count, () => items.ForEach(i => classifier.Classify(i.Text, i.Header)));
        Report($"classify, all {Environment.ProcessorCount} cores", items.Count, () => classifier.ClassifyTexts(items));
        return ExitCodes.Success;
    }

    private static void Report(string what, int count, Action run)
    {
        double bestWall = 0, bestCpu = 0;
        for (var round = 0; round < Rounds; round++)
        {
            var cpu = Process.GetCurrentProcess().TotalProcessorTime;
            var wall = Stopwatch.StartNew();
            run();
            wall.Stop();
            var cpuSeconds = (Process.GetCurrentProcess().TotalProcessorTime - cpu).TotalSeconds;
            bestWall = Math.Max(bestWall, count / wall.Elapsed.TotalSeconds);
            bestCpu = Math.Max(bestCpu, count / Math.Max(cpuSeconds, 1e-9));
        }

        Print($"  {what,-34} {bestWall,9:0} passages/s wall   {bestCpu,9:0} per CPU-second");
    }

    private static void Print(FormattableString line) => Console.Out.WriteLine(FormattableString.Invariant(line));
}
