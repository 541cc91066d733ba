namespace NoteMiner;

/// <summary>Reads one file format into pages and lines. Implementations hold no per-call state.</summary>
public interface IDocumentExtractor
{
    /// <summary>The formats this extractor reads.</summary>
    IReadOnlyList<DocumentKind> Kinds { get; }

    /// <summary>
    /// Extracts <paramref name="path"/>. A bad document yields diagnostics, never an exception;
    /// a broken environment (e.g. no OCR engine) throws the stage's exception type.
    /// </summary>
    ExtractedDocument Extract(string path, ExtractionOptions options, CancellationToken cancellationToken);
}
