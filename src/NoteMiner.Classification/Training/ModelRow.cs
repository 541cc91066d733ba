namespace NoteMiner.Classifier.Training;

/// <summary>A passage as the ML.NET pipeline reads it: normalised text and header, and the label when training.</summary>
public sealed class ModelRow
{
    public string Text { get; set; } = "";

    public string Header { get; set; } = "";

    public string Label { get; set; } = "";
}
