using NoteMiner.Extraction.Ocr;
using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Ocr;

public sealed class ImageIntegrityTests
{
    [Fact]
    public void Should_AcceptWholeImages_When_LeptonicaWroteThem()
    {
        Assert.Null(ImageIntegrity.PngProblem(TestImages.Blank(300, 200)));
    }

    [Fact]
    public void Should_ReportDamage_When_PngIsTruncatedOrAltered()
    {
        var png = TestImages.Blank(300, 200);
        var altered = (byte[])png.Clone();
        altered[^20] ^= 0xFF;

        Assert.Equal("damaged or truncated PNG", ImageIntegrity.PngProblem(png.AsSpan(0, png.Length - 30)));
        Assert.Equal("damaged PNG (chunk checksum mismatch)", ImageIntegrity.PngProblem(altered));
    }

    [CorpusFact]
    public void Should_ReportTruncation_When_JpegLosesItsEnd()
    {
        var jpeg = File.ReadAllBytes(RepoPaths.CorpusPath("ocr-pairs", "discharge_summary", "p3_scan150.jpg"));

        Assert.Null(ImageIntegrity.JpegProblem(jpeg));
        Assert.Equal("truncated JPEG", ImageIntegrity.JpegProblem(jpeg.AsSpan(0, jpeg.Length / 2)));
        Assert.Equal("damaged or truncated JPEG", ImageIntegrity.JpegProblem(jpeg.AsSpan(0, 30)));
    }
}
