using NoteMiner.Extraction;
using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Input;

public sealed class DocumentReaderTests
{
    private static readonly DocumentReader Reader = DefaultExtractors.CreateReader();

    [Fact]
    public void Should_ReportEmptyFile_When_FileHasZeroBytes()
    {
        using var folder = new TempFolder();
        var path = folder.Write("empty.pdf", []);

        var diagnostic = Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics);

        Assert.Equal(DiagnosticKind.Empty, diagnostic.Kind);
        Assert.Equal($"noteminer: {path}: empty file (0 bytes)", diagnostic.ToString());
    }

    [Fact]
    public void Should_ReportMismatch_When_PdfIsReallyAPng()
    {
        using var folder = new TempFolder();
        var path = folder.Write("scan.pdf", [0x89, (byte)'P', (byte)'N', (byte)'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 0]);

        var diagnostic = Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics);

        Assert.Equal(DiagnosticKind.FormatMismatch, diagnostic.Kind);
        Assert.Contains("a PNG image", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReportUnsupported_When_ExtensionIsUnknown()
    {
        using var folder = new TempFolder();
        var path = folder.Write("chart.xls", "x");

        var diagnostic = Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics);

        Assert.Equal(DiagnosticKind.Unsupported, diagnostic.Kind);
        Assert.Contains("'.xls'", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SkipFile_When_ItExceedsTheSizeLimit()
    {
        using var folder = new TempFolder();
        var path = folder.Write("big.txt", new string('a', 2048));
        var options = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxFileBytes = 1024 } };

        var document = Reader.Read(path, options);

        Assert.Equal(DiagnosticKind.LimitExceeded, Assert.Single(document.Diagnostics).Kind);
        Assert.Empty(document.Pages);
    }

    [Fact]
    public void Should_ReportMissingFile_When_PathDoesNotExist()
    {
        var diagnostic = Assert.Single(Reader.Read("/nonexistent/chart.txt", ExtractionOptions.Default).Diagnostics);

        Assert.Equal(DiagnosticKind.Unreadable, diagnostic.Kind);
    }

    [Fact]
    public void Should_HashContent_When_FileIsRead()
    {
        using var folder = new TempFolder();
        var path = folder.Write("a.txt", "abc");

        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", Reader.Read(path, ExtractionOptions.Default).ContentHash);
    }

    [Fact]
    public void Should_NotFollowFolderLinks_When_WalkingAChart()
    {
        using var folder = new TempFolder();
        folder.Write("chart/note.txt", "hello");
        Directory.CreateSymbolicLink(folder.File("chart/loop"), folder.File("chart"));
        var diagnostics = new List<Diagnostic>();

        var files = ChartFiles.Expand([folder.File("chart")], diagnostics);

        Assert.Equal([folder.File("chart/note.txt")], files);
        Assert.Contains("symbolic link", Assert.Single(diagnostics).Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_PassOverClaimSidecar_When_WalkingAChart()
    {
        using var folder = new TempFolder();
        folder.Write("chart/note.txt", "hello");
        folder.Write("chart/claim.json", "{}");
        folder.Write("chart/notes.xls", "x");
        var diagnostics = new List<Diagnostic>();

        var files = ChartFiles.Expand([folder.File("chart")], diagnostics);

        Assert.Equal([folder.File("chart/note.txt"), folder.File("chart/notes.xls")], files);
        Assert.Empty(diagnostics);
    }
}
