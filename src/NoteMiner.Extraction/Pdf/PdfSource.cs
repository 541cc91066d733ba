using UglyToad.PdfPig;
using UglyToad.PdfPig.Exceptions;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Opens a PDF leniently (PdfPig rebuilds a broken cross-reference table by scanning the file; a lost trailer is
/// replaced by <see cref="PdfRepair"/>) and turns the ways opening fails into diagnostics. A file encrypted with
/// only an owner password opens with the empty user password and is read normally.
/// </summary>
internal static class PdfSource
{
    /// <summary>
    /// The open document and, when it was repaired, a diagnostic saying so; or no document and the reason.
    /// </summary>
    public static (PdfDocument? Document, Diagnostic? Problem) Open(string path, ExtractionLimits limits, bool skipMissingFonts)
    {
        if (Prescan(path, limits) is { } refused)
        {
            return (null, refused);
        }

        var parsing = new ParsingOptions
        {
            UseLenientParsing = true,
            SkipMissingFonts = skipMissingFonts,
            // PdfPig's tokenizer recurses per level; past the ceiling a hostile file overflows the stack.
            MaxStackDepth = Math.Min(limits.MaxPdfNestingDepth, ExtractionLimits.PdfNestingDepthCeiling),
        };
        try
        {
            return (PdfDocument.Open(path, parsing), null);
        }
        catch (PdfDocumentEncryptedException)
        {
            return (null, new Diagnostic(path, DiagnosticKind.Encrypted, "encrypted (password required)"));
        }
        catch (Exception e) when (IsDocumentFault(e))
        {
            return OpenRepaired(path, parsing) is { } repaired
                ? (repaired, new Diagnostic(path, DiagnosticKind.Corrupt, "damaged or truncated; only the readable part was extracted") { Skipped = false })
                : (null, Corrupt(path, e));
        }
    }

    /// <summary>Nesting and stream inflation measured from the raw bytes, before PdfPig can recurse or inflate.</summary>
    private static Diagnostic? Prescan(string path, ExtractionLimits limits)
    {
        try
        {
            return PdfPrescan.Check(path, limits);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new Diagnostic(path, DiagnosticKind.Unreadable, "cannot be read (permission denied or I/O error)");
        }
    }

    public static Diagnostic Corrupt(string path, Exception e) =>
        new(path, DiagnosticKind.Corrupt, $"corrupt or unreadable PDF ({e.GetType().Name})") { Detail = DiagnosticDetail.Of(e) };

    /// <summary>Exceptions a malformed document causes; cancellation and a broken environment are not among them.</summary>
    public static bool IsDocumentFault(Exception e) =>
        e is not (OperationCanceledException or ExtractionEnvironmentException or OutOfMemoryException);

    private static PdfDocument? OpenRepaired(string path, ParsingOptions parsing)
    {
        try
        {
            return PdfRepair.AppendTrailer(File.ReadAllBytes(path)) is { } repaired ? PdfDocument.Open(repaired, parsing) : null;
        }
        catch (Exception e) when (IsDocumentFault(e))
        {
            return null;
        }
    }
}
