using Microsoft.ML.Data;
using NoteMiner.Classifier.Features;

namespace NoteMiner.Classifier.Training;

/// <summary>
/// A passage as the ML.NET pipeline reads it: normalised text and header, the cue-lexicon features, and the
/// label when training.
/// </summary>
public sealed class ModelRow
{
    /// <summary>The width of <see cref="Cues"/>; one per label.</summary>
    public const int CueCount = 21;

    public string Text { get; set; } = "";

    public string Header { get; set; } = "";

    [VectorType(CueCount)]
    public float[] Cues { get; set; } = new float[CueCount];

    public string Label { get; set; } = "";

    /// <summary>The row for a passage; training and classification both build rows here.</summary>
    public static ModelRow For(string text, string? header, ModelManifest manifest, string label = "")
    {
        var normalized = FeatureText.Normalize(text);
        var cues = manifest.CueWeight > 0 ? CueLexicon.Features(normalized) : new float[CueCount];
        if (manifest.CueWeight is > 0 and not 1f)
        {
            for (var i = 0; i < cues.Length; i++)
            {
                cues[i] *= manifest.CueWeight;
            }
        }

        return new ModelRow
        {
            Text = normalized,
            Header = manifest.UseHeader ? FeatureText.Normalize(header) : "",
            Cues = cues,
            Label = label,
        };
    }
}
