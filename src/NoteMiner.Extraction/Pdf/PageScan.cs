using NoteMiner.Extraction.Ocr;
using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Tokens;
using PdfPage = UglyToad.PdfPig.Content.Page;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// Tells a scanned page from a text page and takes its image out of the PDF in a form leptonica decodes:
/// JPEG and JPEG 2000 as stored, everything PdfPig can decode (Flate, LZW, CCITT fax…) as PNG.
/// </summary>
internal static class PageScan
{
    /// <summary>A page with fewer visible letters between its margin bands is a scan (a fax banner is not text).</summary>
    public const int MinInteriorLetters = 40;

    /// <summary>The page image covers at least this share of the page.</summary>
    private const double MinImageShare = 0.2;

    /// <summary>Filters PdfPig 0.1.16 decodes (JBIG2 it does not), in full and abbreviated (inline image) names.</summary>
    private static readonly HashSet<string> Decodable = new(StringComparer.Ordinal)
    {
        "none", "FlateDecode", "Fl", "LZWDecode", "LZW", "RunLengthDecode", "RL", "CCITTFaxDecode", "CCF",
        "ASCIIHexDecode", "AHx", "ASCII85Decode", "A85",
    };

    /// <summary>The largest image on a page with almost no text, and its display box; null for a text page.</summary>
    public static (IPdfImage Image, BoundingBox Box)? FindScan(PdfPage page, PageGlyphs glyphs, DisplaySpace space)
    {
        if (glyphs.InteriorLetters >= MinInteriorLetters || page.NumberOfImages == 0)
        {
            return null;
        }

        (IPdfImage Image, BoundingBox Box)? largest = null;
        foreach (var image in page.GetImages())
        {
            var box = space.Map(image.BoundingBox);
            if (largest is null || Area(box) > Area(largest.Value.Box))
            {
                largest = (image, box);
            }
        }

        return largest is { } found && Area(found.Box) >= MinImageShare * space.Width * space.Height ? found : null;
    }

    /// <summary>The image to recognise, or a diagnostic saying why the page cannot be recognised.</summary>
    public static (PageImage? Image, Diagnostic? Problem) Encode(
        string file, int pageNumber, IPdfImage image, BoundingBox box, ExtractionLimits limits)
    {
        var pixels = (long)image.WidthInSamples * image.HeightInSamples;
        if (pixels > limits.MaxImagePixels)
        {
            return (null, PageProblem(file, pageNumber, DiagnosticKind.LimitExceeded,
                $"page image of {image.WidthInSamples}×{image.HeightInSamples} pixels exceeds the limit of {limits.MaxImagePixels:N0}"));
        }

        var filters = FilterNames(image);
        var last = filters.Count > 0 ? filters[^1] : "none";
        if (last is "DCTDecode" or "DCT" or "JPXDecode")
        {
            // Leptonica decodes JPEG and JPEG 2000 itself; an earlier filter in the chain would have to be undone first.
            return filters.Count == 1
                ? (new PageImage(pageNumber, image.RawMemory.ToArray()) { PageWidth = box.Width, PageHeight = box.Height }, null)
                : (null, PageProblem(file, pageNumber, DiagnosticKind.Unsupported, $"page image encoding {string.Join('+', filters)} not supported"));
        }

        if (!Decodable.Contains(last))
        {
            return (null, PageProblem(file, pageNumber, DiagnosticKind.Unsupported, $"page image encoding {last} not supported"));
        }

        var kind = DiagnosticKind.Unsupported;
        byte[]? bytes;
        try
        {
            bytes = image.TryGetPng(out var png) ? png : null;
        }
        catch (Exception e) when (PdfSource.IsDocumentFault(e))
        {
            (bytes, kind) = (null, DiagnosticKind.Corrupt);
        }

        if (bytes is null || bytes.Length == 0)
        {
            var colors = image.ColorSpaceDetails?.Type.ToString() ?? "unknown colour space";
            return (null, PageProblem(file, pageNumber, kind, $"page image could not be decoded ({last}, {colors}, {image.BitsPerComponent} bits)"));
        }

        return (new PageImage(pageNumber, bytes) { PageWidth = box.Width, PageHeight = box.Height }, null);
    }

    private static List<string> FilterNames(IPdfImage image)
    {
        var dictionary = image.ImageDictionary;
        if (!dictionary.TryGet(NameToken.Filter, out var token) && !dictionary.TryGet(NameToken.F, out token))
        {
            return [];
        }

        return token switch
        {
            NameToken name => [name.Data],
            ArrayToken array => array.Data.OfType<NameToken>().Select(n => n.Data).ToList(),
            _ => ["unknown"],
        };
    }

    private static Diagnostic PageProblem(string file, int page, DiagnosticKind kind, string message) =>
        new(file, kind, message) { Page = page, Skipped = false };

    private static double Area(BoundingBox box) => box.Width * box.Height;
}
