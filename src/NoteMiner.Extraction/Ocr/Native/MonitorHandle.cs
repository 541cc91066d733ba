using Microsoft.Win32.SafeHandles;

namespace NoteMiner.Extraction.Ocr.Native;

/// <summary>Owns a Tesseract progress monitor (<c>ETEXT_DESC</c>); freed with <c>TessMonitorDelete</c>.</summary>
internal sealed class MonitorHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public MonitorHandle()
        : base(ownsHandle: true)
    {
    }

    protected override bool ReleaseHandle()
    {
        Tesseract.TessMonitorDelete(handle);
        return true;
    }
}
