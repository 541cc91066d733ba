using System.Runtime.InteropServices;

namespace NoteMiner.Extraction.Ocr.Native;

/// <summary>Process-wide settings the native OCR libraries read from the C environment.</summary>
internal static partial class NativeEnvironment
{
    private static readonly Lock Gate = new();
    private static bool _limited;

    /// <summary>
    /// Sets <c>OMP_THREAD_LIMIT=1</c> in the C environment unless the user set it: Tesseract's OpenMP threads
    /// fight each other when pages already run in parallel. .NET's Environment.SetEnvironmentVariable does not
    /// reach the native <c>getenv</c> on Linux, hence libc <c>setenv</c>.
    /// </summary>
    public static void LimitOpenMpThreads()
    {
        lock (Gate)
        {
            if (_limited)
            {
                return;
            }

            _limited = true;
            if (OperatingSystem.IsLinux() || OperatingSystem.IsMacOS() || OperatingSystem.IsFreeBSD())
            {
                _ = setenv("OMP_THREAD_LIMIT", "1", 0);
            }
        }
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial int setenv(string name, string value, int overwrite);
}
