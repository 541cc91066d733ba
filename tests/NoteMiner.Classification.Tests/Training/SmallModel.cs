using NoteMiner.Classifier.Training;
using NoteMiner.Testing;

namespace NoteMiner.Classifier.Tests.Training;

/// <summary>A small model trained once per test run on the first examples of each label of the committed training data.</summary>
public sealed class SmallModel
{
    public SmallModel()
    {
        Examples = Sample(TrainingSet.Load(RepoPaths.TrainingData).Examples, 20);
        Model = ModelTrainer.Train(Examples, Options);
    }

    public static TrainingOptions Options { get; } = TrainingOptions.Default with { Seed = 7, Iterations = 40 };

    public IReadOnlyList<TrainingExample> Examples { get; }

    public ElementModel Model { get; }

    public static IReadOnlyList<TrainingExample> Sample(IReadOnlyList<TrainingExample> all, int perLabel) =>
        all.GroupBy(e => e.Label).SelectMany(g => g.Take(perLabel)).ToList();
}
