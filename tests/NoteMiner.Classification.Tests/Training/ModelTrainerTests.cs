using NoteMiner.Classifier.Evaluation;
using NoteMiner.Classifier.Training;
using NoteMiner.Testing;

namespace NoteMiner.Classifier.Tests.Training;

public sealed class ModelTrainerTests(SmallModel small) : IClassFixture<SmallModel>
{
    private static readonly (string Text, string? Header)[] Probes =
    [
        ("Caregiver: daughter Ana, visits daily", "Caregiver"),
        ("POLST on file, DNR/DNI, health care proxy is her son", null),
        ("Total CCM time this month: 42 minutes", null),
        ("BP 128/76, HR 70, lungs clear", "Exam"),
    ];

    [Fact]
    public void Should_GiveIdenticalPredictions_When_TrainedTwiceWithTheSameSeed()
    {
        var again = new PassageClassifier(ModelTrainer.Train(small.Examples, SmallModel.Options), "again");
        var first = new PassageClassifier(small.Model, "first");

        foreach (var (text, header) in Probes)
        {
            Assert.Equal(first.Classify(text, header), again.Classify(text, header));
        }
    }

    [Fact]
    public void Should_ClassifyTheSame_When_ModelIsSavedAndLoaded()
    {
        using var folder = new TempFolder();
        var path = folder.File("small.zip");
        ModelFile.Save(small.Model, path);

        var loaded = PassageClassifier.Load(path);
        var original = new PassageClassifier(small.Model, "original");

        Assert.Equal(small.Model.Manifest with { Labels = [] }, loaded.Manifest with { Labels = [] });
        Assert.Equal(small.Model.Manifest.Labels, loaded.Manifest.Labels);
        foreach (var (text, header) in Probes)
        {
            Assert.Equal(original.Classify(text, header), loaded.Classify(text, header));
        }
    }

    [Fact]
    public void Should_KeepTheNegationModel_When_ModelIsSavedAndLoaded()
    {
        using var folder = new TempFolder();
        var path = folder.File("small.zip");
        ModelFile.Save(small.Model, path);

        var loaded = ModelFile.Load(path);

        Assert.NotNull(small.Model.Negation);
        Assert.NotNull(loaded.Negation);
        Assert.Equal(small.Model.Negation.Threshold, loaded.Negation.Threshold);
        Assert.Equal(small.Model.Negation.Threshold, loaded.Manifest.NegationThreshold);
        Assert.Contains(small.Model.Negation.Threshold, NegationTrainer.Thresholds);
        foreach (var (text, header) in Probes)
        {
            var features = small.Model.Featurizer.Featurize(text, header);
            Assert.Equal(small.Model.Negation.Probability(features), loaded.Negation.Probability(features));
        }
    }

    [Fact]
    public void Should_LearnToFlagBlanks_When_TrainedOnTheNegatedFlag()
    {
        var negation = small.Model.Negation!;
        var featurizer = small.Model.Featurizer;
        var blanks = small.Examples.Where(e => e.Negated).ToList();
        var evidence = small.Examples.Where(e => !e.Negated && e.Label != ElementLabel.Other).ToList();

        var blankMean = blanks.Average(e => negation.Probability(featurizer.Featurize(e.Text, e.Header)));
        var evidenceMean = evidence.Average(e => negation.Probability(featurizer.Featurize(e.Text, e.Header)));

        Assert.NotEmpty(blanks);
        Assert.True(blankMean > 0.5 && evidenceMean < 0.5, $"blanks {blankMean:0.00}, evidence {evidenceMean:0.00}");
    }

    [Fact]
    public void Should_LetTheNegationModelFlagOnlyElementsThatAreNotOutrightAnswers_When_ItAlwaysSaysBlank()
    {
        var m = small.Model;
        var alwaysBlank = new NegationModel(new float[m.Featurizer.Dimension], bias: 20f, threshold: 0.5f);
        var neverBlank = new NegationModel(new float[m.Featurizer.Dimension], bias: -20f, threshold: 0.5f);
        var eager = new PassageClassifier(new ElementModel(m.Context, m.Transformer, m.Featurizer, m.Manifest, alwaysBlank), "eager");
        var shy = new PassageClassifier(new ElementModel(m.Context, m.Transformer, m.Featurizer, m.Manifest, neverBlank), "shy");

        Assert.True(eager.Classify("Caregiver: daughter Ana, visits daily", "Caregiver").Negated);
        Assert.False(eager.Classify("Barriers: none", "Barriers").Negated); // an answer, whatever the model says
        Assert.False(eager.Classify("Home hazards: [x] rugs removed", "Home Safety").Negated);
        var vitals = eager.Classify("BP 128/76, HR 70, lungs clear", "Exam");
        Assert.Equal(ElementLabel.Other, vitals.Label);
        Assert.False(vitals.Negated);
        Assert.True(shy.Classify("Caregiver: N/A", "Caregiver").Negated); // the rules still flag what they know
    }

    [Fact]
    public void Should_MatchMlNetPredictionEngine_When_ScoringFromTheLinearWeights()
    {
        var classifier = new PassageClassifier(small.Model, "small");
        Assert.True(classifier.UsesLinearScorer);

        foreach (var example in small.Examples.Take(60))
        {
            var fast = classifier.Classify(example.Text, example.Header);
            var engine = classifier.ClassifyWithPredictionEngine(example.Text, example.Header);
            Assert.Equal(engine.Label, fast.Label);
            Assert.Equal(engine.Score, fast.Score, 3);
        }
    }

    [Fact]
    public void Should_ScoreEveryLabel_When_EvaluatingOnTheTrainingExamples()
    {
        var report = Evaluator.Evaluate(new PassageClassifier(small.Model, "small"), small.Examples);

        Assert.Equal(ElementLabels.All.Count, report.PerLabel.Count);
        Assert.Equal(small.Examples.Count, report.Confusion.Sum(row => row.Sum()));
        Assert.True(report.Accuracy > 0.9, $"training accuracy {report.Accuracy}");
    }
}
