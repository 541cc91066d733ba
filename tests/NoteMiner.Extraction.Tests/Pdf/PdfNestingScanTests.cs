using System.Text;
using NoteMiner.Extraction.Pdf;
using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Pdf;

public sealed class PdfNestingScanTests
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

        Assert.Equal(expected, PdfNestingScan.Deepest(stream, stopAbove: 1000));
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
}
