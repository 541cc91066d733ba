namespace NoteMiner.Audit;

/// <summary>A chart document as the audit report lists it.</summary>
public sealed record DocumentSummary(
    string Path,
    int Pages,
    IReadOnlyList<int> OcrPages,
    IReadOnlyList<Diagnostic> Diagnostics)
{
    public static DocumentSummary Of(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        return new(document.Path, document.Pages.Count, document.OcrPages, document.Diagnostics);
    }
}
