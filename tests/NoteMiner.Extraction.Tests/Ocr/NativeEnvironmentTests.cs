using System.Runtime.InteropServices;
using NoteMiner.Extraction.Ocr;

namespace NoteMiner.Extraction.Tests.Ocr;

public sealed partial class NativeEnvironmentTests
{
    [Fact]
    public void Should_LimitOpenMpToOneThreadInTheCEnvironment_When_TheEngineIsUsed()
    {
        // .NET's view of the environment is the one the process started with; the native one is what libgomp reads.
        var fromStart = Environment.GetEnvironmentVariable("OMP_THREAD_LIMIT");

        _ = TesseractOcrEngine.Shared.Recognize("none", [], ExtractionOptions.Default, CancellationToken.None);
        _ = TesseractOcrEngine.Version;

        Assert.Equal(fromStart ?? "1", Marshal.PtrToStringUTF8(getenv("OMP_THREAD_LIMIT")));
    }

    [LibraryImport("libc", StringMarshalling = StringMarshalling.Utf8)]
    private static partial nint getenv(string name);
}
