using Microsoft.ML.Data;

namespace NoteMiner.Classifier.Tests.Negation;

public sealed class NegationModelTests
{
    [Fact]
    public void Should_GiveTheLogisticOfTheWeightedSum_When_ScoringAFeatureVector()
    {
        var model = new NegationModel([0f, 2f, -1f, 0f], bias: -0.5f, threshold: 0.6f);
        var features = new VBuffer<float>(4, 2, [1f, 0.5f], [1, 2]);

        var expected = 1 / (1 + Math.Exp(-(2 - 0.5 - 0.5)));
        Assert.Equal(expected, model.Probability(features), 5);
        Assert.True(model.IsNegated(features));
    }

    [Fact]
    public void Should_ReadBackTheSameModel_When_Written()
    {
        var model = new NegationModel([0f, 2f, -1f, 0f, 0.25f], bias: 0.75f, threshold: 0.7f);
        using var stream = new MemoryStream();
        model.Write(stream);
        stream.Position = 0;

        var read = NegationModel.Read(stream, dimension: 5);

        var features = new VBuffer<float>(5, [1f, 1f, 1f, 1f, 1f]);
        Assert.Equal(model.Threshold, read.Threshold);
        Assert.Equal(model.Bias, read.Bias);
        Assert.Equal(model.Probability(features), read.Probability(features));
    }

    [Fact]
    public void Should_Refuse_When_TheWeightsDoNotFitTheFeaturizer()
    {
        using var stream = new MemoryStream();
        new NegationModel([1f, 2f], bias: 0f, threshold: 0.5f).Write(stream);
        stream.Position = 0;

        Assert.Throws<InvalidDataException>(() => NegationModel.Read(stream, dimension: 3));
        Assert.Throws<InvalidDataException>(() => NegationModel.Read(new MemoryStream([9, 9, 9, 9]), dimension: 2));
    }
}
