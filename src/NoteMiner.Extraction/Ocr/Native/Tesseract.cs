using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NoteMiner.Extraction.Ocr.Native;

/// <summary>
/// The parts of Tesseract's C API (<c>capi.h</c>, libtesseract 5) NoteMiner uses. Strings Tesseract returns
/// are owned by the caller and freed with <see cref="TessDeleteText"/>.
/// </summary>
internal static partial class Tesseract
{
    public const string Library = "libtesseract.so.5";

    public const int OemTesseractOnly = 0;
    public const int OemDefault = 3;

    public const int PsmAuto = 3;
    public const int PsmSingleBlock = 6;

    public const int RilTextline = 2;
    public const int RilWord = 3;

    // OpenMP reads OMP_THREAD_LIMIT once, when libgomp loads with libtesseract: set it before the first call.
    static Tesseract() => NativeEnvironment.LimitOpenMpThreads();

    [LibraryImport(Library)]
    public static partial nint TessVersion();

    [LibraryImport(Library)]
    public static partial void TessDeleteText(nint text);

    [LibraryImport(Library)]
    public static partial TessBaseApiHandle TessBaseAPICreate();

    [LibraryImport(Library)]
    public static partial void TessBaseAPIDelete(nint handle);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static partial int TessBaseAPISetVariable(TessBaseApiHandle handle, string name, string value);

    [LibraryImport(Library, StringMarshalling = StringMarshalling.Utf8)]
    public static unsafe partial int TessBaseAPIInit4(
        TessBaseApiHandle handle,
        string datapath,
        string language,
        int mode,
        nint* configs,
        int configsSize,
        nint* varNames,
        nint* varValues,
        nuint varCount,
        int setOnlyNonDebugParams);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetPageSegMode(TessBaseApiHandle handle, int mode);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetImage2(TessBaseApiHandle handle, PixHandle pix);

    [LibraryImport(Library)]
    public static partial void TessBaseAPISetSourceResolution(TessBaseApiHandle handle, int ppi);

    [LibraryImport(Library)]
    public static partial int TessBaseAPIRecognize(TessBaseApiHandle handle, MonitorHandle monitor);

    [LibraryImport(Library)]
    public static partial PixHandle TessBaseAPIGetThresholdedImage(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial void TessBaseAPIClear(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static unsafe partial int TessBaseAPIDetectOrientationScript(
        TessBaseApiHandle handle, int* orientDeg, float* orientConf, nint* scriptName, float* scriptConf);

    [LibraryImport(Library)]
    public static partial ResultIteratorHandle TessBaseAPIGetIterator(TessBaseApiHandle handle);

    [LibraryImport(Library)]
    public static partial void TessResultIteratorDelete(nint handle);

    [LibraryImport(Library)]
    public static partial nint TessResultIteratorGetPageIterator(ResultIteratorHandle handle);

    [LibraryImport(Library)]
    public static partial nint TessResultIteratorGetUTF8Text(ResultIteratorHandle handle, int level);

    [LibraryImport(Library)]
    public static partial float TessResultIteratorConfidence(ResultIteratorHandle handle, int level);

    [LibraryImport(Library)]
    public static partial int TessPageIteratorNext(nint handle, int level);

    [LibraryImport(Library)]
    public static partial int TessPageIteratorIsAtBeginningOf(nint handle, int level);

    [LibraryImport(Library)]
    public static unsafe partial int TessPageIteratorBoundingBox(nint handle, int level, int* left, int* top, int* right, int* bottom);

    [LibraryImport(Library)]
    public static partial MonitorHandle TessMonitorCreate();

    [LibraryImport(Library)]
    public static partial void TessMonitorDelete(nint monitor);

    [LibraryImport(Library)]
    public static unsafe partial void TessMonitorSetCancelFunc(MonitorHandle monitor, delegate* unmanaged[Cdecl]<nint, int, byte> cancel);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetCancelThis(MonitorHandle monitor, nint cancelThis);

    [LibraryImport(Library)]
    public static partial void TessMonitorSetDeadlineMSecs(MonitorHandle monitor, int deadline);

    /// <summary>Copies a string Tesseract allocated and frees it; null for a null pointer.</summary>
    public static string? TakeText(nint text)
    {
        if (text == 0)
        {
            return null;
        }

        try
        {
            return Marshal.PtrToStringUTF8(text);
        }
        finally
        {
            TessDeleteText(text);
        }
    }

    [MethodImpl(MethodImplOptions.NoInlining)]
    public static string Version() => Marshal.PtrToStringUTF8(TessVersion()) ?? "unknown";
}
