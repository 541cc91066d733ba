using NoteMiner.Classifier.Training;
using NoteMiner.Testing;

namespace NoteMiner.Classifier.Tests.Training;

public sealed class DataSplitTests
{
    [Fact]
    public void Should_HoldOutAboutOneFifthOfEachLabel_When_SplittingTheTrainingData()
    {
        var examples = TrainingSet.Load(RepoPaths.TrainingData).Examples;

        var (train, heldOut) = DataSplit.Split(examples);

        Assert.Equal(examples.Count, train.Count + heldOut.Count);
        foreach (var group in examples.GroupBy(e => e.Label))
        {
            var share = group.Count(DataSplit.IsHeldOut) / (double)group.Count();
            Assert.InRange(share, 0.1, 0.3);
        }
    }

    [Fact]
    public void Should_KeepTheCommittedSplit_When_TheFeaturizerChanges()
    {
        // The held-out figures in training-data/README.md are for exactly this split; it must not move. The files
        // of the first session (all but more*.jsonl) put 946 passages aside when it was fixed; the label review of
        // the third session relabeled 98 rows, and as the hash includes the label, 951 now.
        var examples = TrainingSet.Load(RepoPaths.TrainingData).Examples;
        var firstSession = examples.Where(e => !e.Origin.StartsWith("more", StringComparison.Ordinal));

        Assert.Equal(951, firstSession.Count(DataSplit.IsHeldOut));
        Assert.True(DataSplit.IsHeldOut(new TrainingExample("Goals: ___", null, ElementLabel.Caregiver, true, "")));
        Assert.False(DataSplit.IsHeldOut(new TrainingExample("Caregiver: N/A", null, ElementLabel.Caregiver, true, "")));
    }

    [Fact]
    public void Should_KeepNearDuplicatesTogether_When_TheyDifferOnlyInDigits()
    {
        var a = new TrainingExample("Qualifying condition #1: ________", null, ElementLabel.ProblemList, true, "ehr_field");
        var b = a with { Text = "Qualifying condition #2: ________" };

        Assert.Equal(DataSplit.IsHeldOut(a), DataSplit.IsHeldOut(b));
        Assert.Equal(DataSplit.Fold(a, 5), DataSplit.Fold(b, 5));
    }

    [Fact]
    public void Should_NameFileAndLine_When_ATrainingLineIsMalformed()
    {
        using var folder = new TempFolder();
        folder.Write("goals.jsonl", "{\"text\":\"A1c < 8% by 9/2026\",\"label\":\"goals\"}\n{\"text\":\"x\",\"label\":\"nonsense\"}\n");

        var error = Assert.Throws<TrainingDataException>(() => TrainingSet.Load(folder.Path));

        Assert.Contains("goals.jsonl:2", error.Message, StringComparison.Ordinal);
    }
}
