using System.Security.Cryptography;
using System.Text;
using NoteMiner.Extraction;

namespace NoteMiner.Pipeline;

/// <summary>
/// The real <see cref="IDocumentAnalyzer"/>: <see cref="DocumentReader"/> (text layer or OCR) → segmentation →
/// the classifier over all of a document's passages in one batch. Thread-safe when its parts are. A classifier given
/// as a loader is loaded in the background when the first document is analysed, while that document is extracted,
/// and never when every document comes from the cache.
/// </summary>
public sealed class DocumentAnalyzer : IDocumentAnalyzer
{
    private readonly DocumentReader reader;
    private readonly Func<ExtractedDocument, IReadOnlyList<Passage>> segment;
    private readonly Lazy<Task<IPassageClassifier>> classifier;
    private readonly ExtractionOptions extraction;

    /// <param name="reader">Reads any supported file.</param>
    /// <param name="segment">Cuts a document into passages (the classification stage's segmenter).</param>
    /// <param name="classifier">Labels passages.</param>
    /// <param name="modelId">Identifies the model's bytes (e.g. its SHA-256), for the cache.</param>
    /// <param name="extraction">How documents are extracted.</param>
    /// <param name="codeVersion">Identifies the extraction, segmentation and classification code, for the cache.</param>
    public DocumentAnalyzer(
        DocumentReader reader,
        Func<ExtractedDocument, IReadOnlyList<Passage>> segment,
        IPassageClassifier classifier,
        string modelId,
        ExtractionOptions extraction,
        string codeVersion)
        : this(reader, segment, () => classifier, classifier?.ModelName!, modelId, extraction, codeVersion)
    {
        ArgumentNullException.ThrowIfNull(classifier);
    }

    /// <param name="reader">Reads any supported file.</param>
    /// <param name="segment">Cuts a document into passages.</param>
    /// <param name="loadClassifier">Loads the classifier; called once, on a background thread, when first needed.</param>
    /// <param name="modelName">The model's name as reported in outputs.</param>
    /// <param name="modelId">Identifies the model's bytes, for the cache.</param>
    /// <param name="extraction">How documents are extracted.</param>
    /// <param name="codeVersion">Identifies the extraction, segmentation and classification code, for the cache.</param>
    public DocumentAnalyzer(
        DocumentReader reader,
        Func<ExtractedDocument, IReadOnlyList<Passage>> segment,
        Func<IPassageClassifier> loadClassifier,
        string modelName,
        string modelId,
        ExtractionOptions extraction,
        string codeVersion)
    {
        this.reader = reader ?? throw new ArgumentNullException(nameof(reader));
        this.segment = segment ?? throw new ArgumentNullException(nameof(segment));
        ArgumentNullException.ThrowIfNull(loadClassifier);
        this.extraction = extraction ?? throw new ArgumentNullException(nameof(extraction));
        ArgumentException.ThrowIfNullOrEmpty(modelName);
        ArgumentException.ThrowIfNullOrEmpty(modelId);
        ArgumentException.ThrowIfNullOrEmpty(codeVersion);
        classifier = new(() => Task.Run(loadClassifier), LazyThreadSafetyMode.ExecutionAndPublication);
        ModelName = modelName;
        Fingerprint = new AnalyzerFingerprint(modelId, PipelineVersion(codeVersion, extraction));
    }

    public string ModelName { get; }

    public AnalyzerFingerprint Fingerprint { get; }

    public AnalyzedDocument Analyze(string path, CancellationToken cancellationToken)
    {
        // Start loading the model now, so that it loads while the first documents are extracted.
        var loading = classifier.Value;
        var document = reader.Read(path, extraction, cancellationToken);
        if (document.Pages.Count == 0)
        {
            return new AnalyzedDocument(document, []);
        }

        cancellationToken.ThrowIfCancellationRequested();
        var passages = segment(document);
        var classifications = loading.GetAwaiter().GetResult().ClassifyAll(passages);
        return new AnalyzedDocument(document, passages.Zip(classifications, (p, c) => new ClassifiedPassage(p, c)).ToList());
    }

    /// <summary>
    /// The code version plus the extraction options that change results (not the OCR worker count), hashed:
    /// a change of either invalidates cached analyses.
    /// </summary>
    private static string PipelineVersion(string codeVersion, ExtractionOptions extraction)
    {
        var options = (extraction with { OcrParallelism = 1 }).ToString();
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(codeVersion + "\n" + options));
        return "pipeline/" + Convert.ToHexStringLower(hash)[..16];
    }
}
