namespace NoteMiner.Extraction.Ocr;

/// <summary>Recognises page images. Thread-safe; implementations parallelise across pages.</summary>
public interface IOcrEngine
{
    /// <summary>
    /// Recognises every image, in parallel, and returns one outcome per image in input order.
    /// A page that fails or runs over its time budget yields a diagnostic naming <paramref name="file"/>.
    /// Throws <see cref="ExtractionEnvironmentException"/> when the engine cannot run at all.
    /// </summary>
    IReadOnlyList<OcrOutcome> Recognize(
        string file,
        IReadOnlyList<PageImage> images,
        ExtractionOptions options,
        CancellationToken cancellationToken);
}
