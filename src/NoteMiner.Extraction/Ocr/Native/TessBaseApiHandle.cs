using Microsoft.Win32.SafeHandles;

namespace NoteMiner.Extraction.Ocr.Native;

/// <summary>Owns a Tesseract engine (<c>TessBaseAPI</c>); freed with <c>TessBaseAPIDelete</c>.</summary>
internal sealed class TessBaseApiHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public TessBaseApiHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        Tesseract.TessBaseAPIDelete(handle);
        return true;
    }
}
