using NoteMiner.Extraction.Ocr.Native;

namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// Decodes page images with leptonica, checking the pixel count from the header before anything is
/// decompressed so that a decompression bomb costs nothing.
/// </summary>
internal static class PageImageDecoder
{
    /// <summary>The decoded image, or a page diagnostic saying why there is none.</summary>
    public static unsafe (DecodedImage? Image, Diagnostic? Problem) Decode(string file, PageImage image, ExtractionLimits limits)
    {
        var bytes = image.EncodedBytes.Span;
        if (bytes.IsEmpty)
        {
            return (null, Problem(file, image, DiagnosticKind.Empty, "page image is empty"));
        }

        // libjpeg prints to stderr as soon as it reads a broken header, so JPEG structure is checked first; a
        // PNG's header is read without libpng, so its pixel count is checked before its body.
        var kind = FormatSniffer.FromContent(bytes);
        if (kind == DocumentKind.Jpeg && ImageIntegrity.JpegProblem(bytes) is { } jpegDamage)
        {
            return (null, Problem(file, image, DiagnosticKind.Corrupt, jpegDamage));
        }

        fixed (byte* data = bytes)
        {
            var size = (nuint)bytes.Length;
            int format, width, height, bps, spp, colormap;
            if (Leptonica.pixReadHeaderMem(data, size, &format, &width, &height, &bps, &spp, &colormap) != 0)
            {
                return (null, Problem(file, image, DiagnosticKind.Corrupt, "page image header cannot be read"));
            }

            var tiff = Leptonica.IsTiff(format);
            if (image.Frame > 0 && !tiff)
            {
                return (null, Problem(file, image, DiagnosticKind.Corrupt, $"frame {image.Frame + 1} requested from an image with one frame"));
            }

            int resolution;
            if (tiff && Leptonica.readHeaderMemTiff(data, size, image.Frame, &width, &height, &bps, &spp, &resolution, &colormap, &format) != 0)
            {
                return (null, Problem(file, image, DiagnosticKind.Corrupt, $"TIFF frame {image.Frame + 1} header cannot be read"));
            }

            if (width <= 0 || height <= 0)
            {
                return (null, Problem(file, image, DiagnosticKind.Corrupt, "page image has no pixels"));
            }

            if (TooLarge(width, height, limits) is { } tooLarge)
            {
                return (null, Problem(file, image, DiagnosticKind.LimitExceeded, tooLarge));
            }

            if (kind == DocumentKind.Png && ImageIntegrity.PngProblem(bytes) is { } pngDamage)
            {
                return (null, Problem(file, image, DiagnosticKind.Corrupt, pngDamage));
            }

            var pix = tiff ? Leptonica.pixReadMemTiff(data, size, image.Frame) : Leptonica.pixReadMem(data, size);
            if (pix.IsInvalid)
            {
                pix.Dispose();
                return (null, Problem(file, image, DiagnosticKind.Corrupt, "page image cannot be decoded"));
            }

            // The header and the decoder may disagree on a crafted file; the decoded size is the one that counts.
            if (TooLarge(pix.Width, pix.Height, limits) is { } decodedTooLarge)
            {
                pix.Dispose();
                return (null, Problem(file, image, DiagnosticKind.LimitExceeded, decodedTooLarge));
            }

            var dpi = Math.Max(Leptonica.pixGetXRes(pix), Leptonica.pixGetYRes(pix));
            return (new DecodedImage(pix, pix.Width, pix.Height, dpi), null);
        }
    }

    private static string? TooLarge(long width, long height, ExtractionLimits limits) =>
        width * height > limits.MaxImagePixels
            ? $"page image of {width:N0}×{height:N0} pixels exceeds the limit of {limits.MaxImagePixels:N0} pixels"
            : null;

    private static Diagnostic Problem(string file, PageImage image, DiagnosticKind kind, string message) =>
        new(file, kind, message) { Page = image.PageNumber, Skipped = false };
}
