namespace NoteMiner.Classifier.Training;

/// <summary>What the ML.NET pipeline writes: the predicted label name and one probability per label.</summary>
public sealed class ModelPrediction
{
    public string PredictedLabel { get; set; } = "";

    public float[] Score { get; set; } = [];
}
