using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Opens a PDF leniently (broken cross-reference tables are rebuilt by scanning the file) and turns the ways
/// opening fails into diagnostics. A file encrypted with only an owner password opens with the empty user
/// password and is read normally.
/// </summary>
internal static class PdfSource
{
    public static PdfDocument? Open(string path, ExtractionLimits limits, bool skipMissingFonts, out Diagnostic? problem)
    {
        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = skipMissingFonts,
            MaxStackDepth = limits.MaxPdfNestingDepth,
        };
        try
        {
            var document = PdfDocument.Open(path, parsing);
            problem = null;
            return document;
        }
        catch (PdfDocumentEncryptedException)
        {
            problem = new Diagnostic(path, DiagnosticKind.Encrypted, "encrypted (password required)");
            return null;
        }
        catch (Exception e) when (IsDocumentFault(e))
        {
            problem = Corrupt(path, e);
            return null;
        }
    }

    public static Diagnostic Corrupt(string path, Exception e) =>
        new(path, DiagnosticKind.Corrupt, $"corrupt or unreadable PDF ({e.GetType().Name})") { Detail = e.ToString() };

    /// <summary>Exceptions a malformed document causes; cancellation and a broken environment are not among them.</summary>
    public static bool IsDocumentFault(Exception e) =>
        e is not (OperationCanceledException or ExtractionEnvironmentException or OutOfMemoryException);
}
