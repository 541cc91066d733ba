using Microsoft.Win32.SafeHandles;

namespace NoteMiner.Extraction.Ocr.Native;

/// <summary>Owns a leptonica <c>PIX</c>; freed with <c>pixDestroy</c> (which drops one reference).</summary>
internal sealed class PixHandle : SafeHandleZeroOrMinusOneIsInvalid
{
    public PixHandle()
        : base(ownsHandle: true)
    {
    }

    public int Width => Leptonica.pixGetWidth(this);

    public int Height => Leptonica.pixGetHeight(this);

    protected override bool ReleaseHandle()
    {
        var pix = handle;
        Leptonica.pixDestroy(ref pix);
        return true;
    }
}
