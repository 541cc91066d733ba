using System.IO.Compression;
using System.Text;
using NoteMiner.Extraction.Pdf;
using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Pdf;

public sealed class PdfPrescanTests
{
    [Theory]
    [InlineData("<< /A [1 2 [3]] /B << /C 4 >> >>", 3)]
    [InlineData("[ (unbalanced [[[ in a string \\) still a string) ]", 1)]
    [InlineData("% [[[[ a comment\n<< /A 1 >>", 1)]
    [InlineData("<< /H <48656C6C6F> /A [ <5B5B5B> ] >>", 2)]
    [InlineData("<< /Length 8 >>\nstream\n[[[[[[[[\nendstream\n[ 1 ]", 1)]
    [InlineData("<< /A 1 >> >> >> [ [ ] ]", 2)]
    public void Should_CountOnlyDictionariesAndArrays_When_BracketsHideInStringsCommentsAndStreams(string pdf, int expected)
    {
        using var stream = new MemoryStream(Encoding.Latin1.GetBytes(pdf));

        Assert.Equal(expected, PdfPrescan.Deepest(stream, stopAbove: 1000));
    }

    [Fact]
    public void Should_SkipTheFileWithOneDiagnostic_When_ObjectsNestDeeperThanTheLimit()
    {
        using var folder = new TempFolder();
        var nested = new string('[', 5_000) + new string(']', 5_000);
        var path = folder.Write("deep.pdf", HandWrittenPdf.Write([HandWrittenPdf.Lines("Visit note.")], pageExtra: $"/Deep {nested} "));

        var document = new PdfExtractor(new RecordingOcrEngine()).Extract(path, ExtractionOptions.Default, CancellationToken.None);

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticKind.LimitExceeded, "objects nested deeper than the limit of 100 levels", true), (diagnostic.Kind, diagnostic.Message, diagnostic.Skipped));
        Assert.Empty(document.Pages);
    }

    [Fact]
    public void Should_KeepTheCeiling_When_TheLimitAsksForDeeperNestingThanTheParserSurvives()
    {
        using var folder = new TempFolder();
        var nested = string.Concat(Enumerable.Repeat("<</A ", 20_000)) + "1" + string.Concat(Enumerable.Repeat(">>", 20_000));
        var path = folder.Write("deep.pdf", HandWrittenPdf.Write([HandWrittenPdf.Lines("Visit note.")], pageExtra: $"/Deep {nested} "));
        var options = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxPdfNestingDepth = 1_000_000 } };

        var document = new PdfExtractor(new RecordingOcrEngine()).Extract(path, options, CancellationToken.None);

        Assert.Equal("objects nested deeper than the limit of 1000 levels", Assert.Single(document.Diagnostics).Message);
    }

    [Theory]
    [InlineData(1, 3)]
    [InlineData(2, 3)]
    public void Should_SkipTheFileBeforeParsing_When_AStreamInflatesPastTheLimit(int layers, int megabytes)
    {
        using var folder = new TempFolder();
        var path = folder.Write("bomb.pdf", FlatePdf(layers, megabytes * 1024 * 1024));
        var options = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxDecompressedBytes = 2 * 1024 * 1024 } };

        var document = new PdfExtractor(new RecordingOcrEngine()).Extract(path, options, CancellationToken.None);

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal(DiagnosticKind.LimitExceeded, diagnostic.Kind);
        Assert.Equal("possible decompression bomb: a stream inflates past the limit of 2,097,152 bytes; not decompressed", diagnostic.Message);
        Assert.Empty(document.Pages);
    }

    [Fact]
    public void Should_ReadTheFile_When_ItsStreamsInflateWithinTheLimit()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.pdf", FlatePdf(layers: 1, inflatedBytes: 1024 * 1024));
        var options = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxDecompressedBytes = 2 * 1024 * 1024 } };

        var document = new PdfExtractor(new RecordingOcrEngine()).Extract(path, options, CancellationToken.None);

        Assert.Empty(document.Diagnostics);
        Assert.Equal("Visit note.", Assert.Single(Assert.Single(document.Pages).Lines).Text);
    }

    [Fact]
    public void Should_ReadTheFile_When_ItsNestingIsWithinALoweredLimit()
    {
        using var folder = new TempFolder();
        var path = folder.Write("note.pdf", HandWrittenPdf.Write([HandWrittenPdf.Lines("Visit note.")]));
        var extractor = new PdfExtractor(new RecordingOcrEngine());

        var withinLimit = extractor.Extract(path, ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxPdfNestingDepth = 10 } }, CancellationToken.None);
        var overLimit = extractor.Extract(path, ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxPdfNestingDepth = 2 } }, CancellationToken.None);

        Assert.Equal("Visit note.", Assert.Single(Assert.Single(withinLimit.Pages).Lines).Text);
        Assert.Equal(DiagnosticKind.LimitExceeded, Assert.Single(overLimit.Diagnostics).Kind);
    }

    /// <summary>One text page whose content stream is padded with spaces to <paramref name="inflatedBytes"/> and deflated <paramref name="layers"/> times.</summary>
    private static byte[] FlatePdf(int layers, int inflatedBytes)
    {
        var text = Encoding.Latin1.GetBytes(HandWrittenPdf.Lines("Visit note.") + "\n");
        var data = new byte[inflatedBytes];
        Array.Fill(data, (byte)' ');
        text.CopyTo(data, 0);
        for (var layer = 0; layer < layers; layer++)
        {
            using var compressed = new MemoryStream();
            using (var zlib = new ZLibStream(compressed, CompressionLevel.SmallestSize, leaveOpen: true))
            {
                zlib.Write(data);
            }

            data = compressed.ToArray();
        }

        var filters = string.Join(' ', Enumerable.Repeat("/FlateDecode", layers));
        var head = Encoding.Latin1.GetBytes(
            "%PDF-1.4\n1 0 obj\n<< /Type /Catalog /Pages 2 0 R >>\nendobj\n2 0 obj\n<< /Type /Pages /Kids [3 0 R] /Count 1 >>\nendobj\n"
            + "3 0 obj\n<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Contents 4 0 R >>\nendobj\n"
            + $"4 0 obj\n<< /Length {data.Length} /Filter [{filters}] >>\nstream\n");
        var tail = Encoding.Latin1.GetBytes(
            "\nendstream\nendobj\n5 0 obj\n<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>\nendobj\ntrailer\n<< /Size 6 /Root 1 0 R >>\n%%EOF\n");
        return [.. head, .. data, .. tail];
    }
}
