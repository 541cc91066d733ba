namespace NoteMiner;

/// <summary>A file's pages and lines with provenance, and what went wrong while reading it.</summary>
public sealed record ExtractedDocument(
    string Path,
    DocumentKind Kind,
    IReadOnlyList<Page> Pages,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    /// <summary>SHA-256 of the file's bytes, lower-case hex; empty when the file could not be read.</summary>
    public string ContentHash { get; init; } = "";

    /// <summary>Numbers of the pages whose text came from OCR.</summary>
    public IReadOnlyList<int> OcrPages => Pages.Where(p => p.Source == PageSource.Ocr).Select(p => p.Number).ToList();

    /// <summary>A document that could not be read at all.</summary>
    public static ExtractedDocument Failed(string path, DocumentKind kind, Diagnostic diagnostic) =>
        new(path, kind, [], [diagnostic]);
}
