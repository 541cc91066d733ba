using System.Runtime.InteropServices;

namespace NoteMiner.Extraction.Ocr.Native;

/// <summary>The parts of leptonica (<c>allheaders.h</c>, liblept 1.82) NoteMiner uses to read, check and turn images.</summary>
internal static unsafe partial class Leptonica
{
    public const string Library = "liblept.so.5";

    // Leptonica's IFF_* codes: IFF_TIFF to IFF_TIFF_ZIP, and IFF_TIFF_JPEG, are TIFF variants.
    public const int FormatTiff = 4;
    public const int FormatTiffZip = 10;
    public const int FormatTiffJpeg = 17;

    private const int SeverityNone = 6;

    // Leptonica reports bad images on stderr by default; NoteMiner turns them into diagnostics instead.
    static Leptonica() => setMsgSeverity(SeverityNone);

    public static bool IsTiff(int format) => format is >= FormatTiff and <= FormatTiffZip or FormatTiffJpeg;

    [LibraryImport(Library)]
    public static partial int setMsgSeverity(int severity);

    [LibraryImport(Library)]
    public static partial int pixReadHeaderMem(byte* data, nuint size, int* format, int* width, int* height, int* bps, int* spp, int* iscmap);

    [LibraryImport(Library)]
    public static partial int readHeaderMemTiff(
        byte* data, nuint size, int frame, int* width, int* height, int* bps, int* spp, int* res, int* cmap, int* format);

    [LibraryImport(Library)]
    public static partial PixHandle pixReadMem(byte* data, nuint size);

    [LibraryImport(Library)]
    public static partial PixHandle pixReadMemTiff(byte* data, nuint size, int frame);

    [LibraryImport(Library)]
    public static partial void pixDestroy(ref nint pix);

    [LibraryImport(Library)]
    public static partial int pixGetWidth(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetHeight(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetXRes(PixHandle pix);

    [LibraryImport(Library)]
    public static partial int pixGetYRes(PixHandle pix);

    [LibraryImport(Library)]
    public static partial PixHandle pixRotateOrth(PixHandle pix, int quads);

    [LibraryImport(Library)]
    public static partial void lept_free(void* pointer);

    [LibraryImport(Library)]
    public static partial nint pixCountPixelsByRow(PixHandle pix, int* table);

    [LibraryImport(Library)]
    public static partial int numaGetCount(nint numa);

    [LibraryImport(Library)]
    public static partial float* numaGetFArray(nint numa, int copyFlag);

    [LibraryImport(Library)]
    public static partial void numaDestroy(ref nint numa);

    private const int NoCopy = 0; // L_NOCOPY: the array stays leptonica's, freed with the NUMA

    /// <summary>The number of foreground pixels in each row of a 1-bit image, in one call; empty when leptonica refuses.</summary>
    public static int[] InkPerRow(PixHandle binary)
    {
        var numa = pixCountPixelsByRow(binary, null);
        if (numa == 0)
        {
            return [];
        }

        try
        {
            var count = numaGetCount(numa);
            var values = numaGetFArray(numa, NoCopy);
            if (values == null)
            {
                return [];
            }

            var rows = new int[count];
            for (var i = 0; i < count; i++)
            {
                rows[i] = (int)values[i];
            }

            return rows;
        }
        finally
        {
            numaDestroy(ref numa);
        }
    }
}
