namespace NoteMiner.Pipeline;

/// <summary>
/// Turns one file into its extracted pages and classified passages. Thread-safe. A bad document yields
/// diagnostics; a broken environment throws the stage's exception type.
/// </summary>
public interface IDocumentAnalyzer
{
    /// <summary>The classifier model as reported in outputs (e.g. <c>models/noteminer.zip</c>).</summary>
    string ModelName { get; }

    /// <summary>
    /// Identifies what this analyzer produces: equal fingerprints give equal analyses of equal bytes, so a
    /// cached analysis is reused only under the same fingerprint.
    /// </summary>
    AnalyzerFingerprint Fingerprint { get; }

    AnalyzedDocument Analyze(string path, CancellationToken cancellationToken);
}
