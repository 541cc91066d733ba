using Microsoft.Win32.SafeHandles;

namespace NoteMiner.Extraction.Ocr.Native;

/// <summary>Owns a result iterator over a recognised page; freed with <c>TessResultIteratorDelete</c>.</summary>
internal sealed class ResultIteratorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public ResultIteratorHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        Tesseract.TessResultIteratorDelete(handle);
        return true;
    }
}
