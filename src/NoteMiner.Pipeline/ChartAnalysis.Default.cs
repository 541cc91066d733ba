using NoteMiner.Classifier;
using NoteMiner.Classifier.Segmentation;
using NoteMiner.Extraction;

namespace NoteMiner.Pipeline;

/// <summary>The production wiring: every extractor (OCR included), the segmenter and the committed model.</summary>
public sealed partial class ChartAnalysis
{
    /// <summary>
    /// The pipeline with the default model (<c>NOTEMINER_MODEL</c>, else <c>models/noteminer.zip</c>) or
    /// <paramref name="modelPath"/>. Throws <see cref="ClassificationModelException"/> when there is no model file.
    /// </summary>
    public static ChartAnalysis CreateDefault(ChartAnalysisOptions? options = null, string? modelPath = null) =>
        new(CreateDefaultAnalyzer(ExtractionOptions.Default, modelPath), options);

    /// <summary>
    /// The real <see cref="IDocumentAnalyzer"/>: reader → <see cref="PassageSegmenter"/> → <see cref="PassageClassifier"/>.
    /// The model is loaded when the first document needs it (a fully cached run never loads it); a model that cannot
    /// be loaded then stops the batch with <see cref="ClassificationModelException"/>.
    /// </summary>
    public static DocumentAnalyzer CreateDefaultAnalyzer(ExtractionOptions extraction, string? modelPath = null)
    {
        ArgumentNullException.ThrowIfNull(extraction);
        var path = modelPath ?? PassageClassifier.FindDefaultModel()
            ?? throw new ClassificationModelException($"{PassageClassifier.DefaultModelRelativePath}: model not found (set NOTEMINER_MODEL)");
        var name = PassageClassifier.DisplayName(path);
        string modelId;
        try
        {
            modelId = CodeVersion.OfFile(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new ClassificationModelException($"{path}: model cannot be read", e);
        }

        var code = CodeVersion.Of(
            typeof(ExtractedDocument).Assembly,
            typeof(DocumentReader).Assembly,
            typeof(PassageClassifier).Assembly,
            typeof(ChartAnalysis).Assembly);
        return new DocumentAnalyzer(
            DefaultExtractors.CreateReader(), new PassageSegmenter().Segment, () => PassageClassifier.Load(path, name), name, modelId, extraction, code);
    }
}
