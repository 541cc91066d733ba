namespace NoteMiner.Extraction.Ocr;

/// <summary>The result of recognising one page: the page, or a diagnostic saying why it was lost.</summary>
public sealed record OcrOutcome(int PageNumber, Page? Page, Diagnostic? Diagnostic);
