using System.Diagnostics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// The time one page may take, and the caller's cancellation. Tesseract polls it between words through the
/// monitor's cancel callback, so an over-budget page stops inside the engine instead of running on.
/// </summary>
internal sealed class PageBudget
{
    private readonly long _started = Stopwatch.GetTimestamp();
    private readonly TimeSpan _limit;
    private readonly CancellationToken _cancellationToken;

    public PageBudget(TimeSpan limit, CancellationToken cancellationToken)
    {
        _limit = limit;
        _cancellationToken = cancellationToken;
    }

    public bool IsExhausted => _cancellationToken.IsCancellationRequested || Stopwatch.GetElapsedTime(_started) >= _limit;

    /// <summary>Milliseconds left, at least 1, for Tesseract's own deadline.</summary>
    public int RemainingMilliseconds =>
        (int)Math.Clamp((_limit - Stopwatch.GetElapsedTime(_started)).TotalMilliseconds, 1, int.MaxValue);

    /// <summary>Tesseract's <c>TessCancelFunc</c>: true (1) stops recognition. <paramref name="state"/> is a GCHandle to the budget.</summary>
    [UnmanagedCallersOnly(CallConvs = [typeof(CallConvCdecl)])]
    public static byte ShouldCancel(nint state, int words)
    {
        try
        {
            return GCHandle.FromIntPtr(state).Target is PageBudget { IsExhausted: false } ? (byte)0 : (byte)1;
        }
        catch (InvalidOperationException)
        {
            // An exception must not unwind into native code; a broken handle stops the page.
            return 1;
        }
    }
}
