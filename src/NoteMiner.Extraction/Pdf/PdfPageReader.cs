using UglyToad.PdfPig;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Reads one PDF page at a time. A page that fails is read again with missing fonts skipped (PdfPig throws on
/// a font it cannot find); a page that still fails is lost with a diagnostic, and the rest of the file goes on.
/// </summary>
internal sealed class PdfPageReader(string path, ExtractionLimits limits) : IDisposable
{
    private PdfDocument? _document;
    private PdfDocument? _withoutMissingFonts;
    private bool _fallbackTried;

    public int PageCount { get; private set; }

    /// <summary>Problems with the file as a whole that did not stop it being read (it had to be repaired).</summary>
    public IReadOnlyList<Diagnostic> Warnings { get; private set; } = [];

    /// <summary>Opens the file; a diagnostic when it cannot be read at all.</summary>
    public Diagnostic? Open()
    {
        (_document, var problem) = PdfSource.Open(path, limits, skipMissingFonts: false);
        if (_document is null)
        {
            return problem;
        }

        Warnings = problem is null ? [] : [problem];

        try
        {
            PageCount = _document.NumberOfPages;
            return null;
        }
        catch (Exception e) when (PdfSource.IsDocumentFault(e))
        {
            return PdfSource.Corrupt(path, e);
        }
    }

    public PageRead Read(int number)
    {
        var document = _document ?? throw new InvalidOperationException("Open the document first.");
        try
        {
            return ReadFrom(document, number);
        }
        catch (Exception e) when (PdfSource.IsDocumentFault(e))
        {
            if (Fallback() is { } fallback)
            {
                try
                {
                    var read = ReadFrom(fallback, number);
                    return read with { Problems = [.. read.Problems, PageProblem(number, "some fonts could not be read; text may be incomplete", e)] };
                }
                catch (Exception retry) when (PdfSource.IsDocumentFault(retry))
                {
                    e = retry;
                }
            }

            return new PageRead { Problems = [PageProblem(number, $"page could not be read ({e.GetType().Name})", e)] };
        }
    }

    public void Dispose()
    {
        _document?.Dispose();
        _withoutMissingFonts?.Dispose();
    }

    private PageRead ReadFrom(PdfDocument document, int number)
    {
        var page = document.GetPage(number);
        var space = new DisplaySpace(page);
        var glyphs = PageGlyphs.Read(page, space);
        var text = TextPageBuilder.Build(number, glyphs, space);
        if (PageScan.FindScan(page, glyphs, space) is not { } scan)
        {
            return new PageRead { Text = text };
        }

        var (image, problem) = PageScan.Encode(path, number, scan.Image, scan.Box, limits);
        return image is not null
            ? new PageRead { Text = text, Scan = image, ScanBox = scan.Box }
            : new PageRead { Text = text, Problems = [problem!] };
    }

    private PdfDocument? Fallback()
    {
        if (!_fallbackTried)
        {
            _fallbackTried = true;
            _withoutMissingFonts = PdfSource.Open(path, limits, skipMissingFonts: true).Document;
        }

        return _withoutMissingFonts;
    }

    private Diagnostic PageProblem(int number, string message, Exception e) =>
        new(path, DiagnosticKind.Corrupt, message) { Page = number, Skipped = false, Detail = DiagnosticDetail.Of(e) };
}
