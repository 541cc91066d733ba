using NoteMiner.Extraction.Pdf;
using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Pdf;

public sealed class PdfBadInputTests
{
    private static readonly PdfExtractor Extractor = new(new RecordingOcrEngine());

    [Fact]
    public void Should_ReportCorrupt_When_PdfIsCutBeforeItsCatalog()
    {
        var bytes = ThreePages().Build();

        var document = Extract(bytes[..(bytes.Length * 6 / 10)]);

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticKind.Corrupt, true), (diagnostic.Kind, diagnostic.Skipped));
        Assert.Equal("corrupt or unreadable PDF (PdfDocumentFormatException)", diagnostic.Message);
        Assert.Empty(document.Pages);
    }

    [Fact]
    public void Should_ReadEveryPage_When_OnlyTheCrossReferenceTableIsCut()
    {
        var bytes = ThreePages().Build();

        var document = Extract(bytes[..(bytes.Length * 97 / 100)]);

        Assert.Equal([1, 2, 3], document.Pages.Select(p => p.Number));
        Assert.All(document.Pages, p => Assert.StartsWith($"Visit note page {p.Number}:", Assert.Single(p.Lines).Text, StringComparison.Ordinal));
    }

    [Fact]
    public void Should_RecoverThePagesBeforeTheCut_When_TheTrailerIsLost()
    {
        var bytes = HandWrittenPdf.Write(
            [HandWrittenPdf.Lines("First page survives."), HandWrittenPdf.Lines("Second page is cut off.", "Never seen.")],
            withXref: false);

        var document = Extract(bytes[..^40]);

        Assert.Equal("First page survives.", Assert.Single(Assert.Single(document.Pages).Lines).Text);
        Assert.Equal(2, document.Diagnostics.Count);
        Assert.Equal((DiagnosticKind.Corrupt, null, false), (document.Diagnostics[0].Kind, document.Diagnostics[0].Page, document.Diagnostics[0].Skipped));
        Assert.Equal((DiagnosticKind.Corrupt, 2, false), (document.Diagnostics[1].Kind, document.Diagnostics[1].Page, document.Diagnostics[1].Skipped));
    }

    [Fact]
    public void Should_ReportCorrupt_When_BytesAfterTheHeaderAreRandom()
    {
        var bytes = new byte[4096];
        new Random(42).NextBytes(bytes);

        var document = Extract([.. "%PDF-1.7\n"u8, .. bytes]);

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticKind.Corrupt, true), (diagnostic.Kind, diagnostic.Skipped));
        Assert.Empty(document.Pages);
    }

    [Theory]
    [InlineData("user-password.pdf")]
    [InlineData("user-password-rc4.pdf")]
    public void Should_ReportEncrypted_When_AUserPasswordIsRequired(string fixture)
    {
        var document = Extractor.Extract(Fixture(fixture), ExtractionOptions.Default, CancellationToken.None);

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticKind.Encrypted, "encrypted (password required)", true), (diagnostic.Kind, diagnostic.Message, diagnostic.Skipped));
        Assert.Empty(document.Pages);
    }

    [Fact]
    public void Should_ReadNormally_When_OnlyAnOwnerPasswordIsSet()
    {
        var document = Extractor.Extract(Fixture("owner-password-only.pdf"), ExtractionOptions.Default, CancellationToken.None);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(
            ["Care plan copy shared with the patient by portal.", "This fixture tests encrypted files."],
            Assert.Single(document.Pages).Lines.Select(l => l.Text));
    }

    [Fact]
    public void Should_SkipTheFile_When_ItHasMorePagesThanTheLimit()
    {
        var options = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxPages = 2 } };
        using var folder = new TempFolder();
        var path = folder.Write("long.pdf", ThreePages().Build());

        var document = Extractor.Extract(path, options, CancellationToken.None);

        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticKind.LimitExceeded, "3 pages exceed the limit of 2", true), (diagnostic.Kind, diagnostic.Message, diagnostic.Skipped));
        Assert.Empty(document.Pages);
    }

    [Fact]
    public void Should_ReadWhatItCan_When_APageUsesAFontThatIsMissing()
    {
        var bytes = HandWrittenPdf.Write(
        [
            HandWrittenPdf.Lines("First page."),
            "BT /F2 11 Tf 72 700 Td (Text in a lost font) Tj ET BT /F1 11 Tf 72 600 Td (Text in a known font) Tj ET",
        ]);

        var document = Extract(bytes);

        Assert.Equal(["First page.", "Text in a known font"], document.Pages.Select(p => Assert.Single(p.Lines).Text));
        var diagnostic = Assert.Single(document.Diagnostics);
        Assert.Equal((DiagnosticKind.Corrupt, 2, false), (diagnostic.Kind, diagnostic.Page, diagnostic.Skipped));
        Assert.Equal("some fonts could not be read; text may be incomplete", diagnostic.Message);
    }

    [Fact]
    public void Should_Stop_When_Cancelled()
    {
        using var folder = new TempFolder();
        var path = folder.Write("chart.pdf", ThreePages().Build());

        Assert.ThrowsAny<OperationCanceledException>(() => Extractor.Extract(path, ExtractionOptions.Default, new CancellationToken(canceled: true)));
    }

    [Fact]
    public void Should_PrintOneLineWithoutDetail_When_TheReaderMeetsAnEncryptedPdf()
    {
        var path = Fixture("user-password.pdf");

        var diagnostic = Assert.Single(DefaultExtractors.CreateReader(new RecordingOcrEngine()).Read(path, ExtractionOptions.Default).Diagnostics);

        Assert.Equal($"noteminer: {path}: encrypted (password required)", diagnostic.ToString());
        Assert.Null(diagnostic.Detail);
    }

    private static ExtractedDocument Extract(byte[] bytes)
    {
        using var folder = new TempFolder();
        return Extractor.Extract(folder.Write("chart.pdf", bytes), ExtractionOptions.Default, CancellationToken.None);
    }

    private static string Fixture(string name) => Path.Combine(RepoPaths.Root, "tests", "NoteMiner.Extraction.Tests", "Fixtures", "pdf", name);

    private static TestPdf ThreePages()
    {
        var pdf = new TestPdf();
        for (var number = 1; number <= 3; number++)
        {
            pdf.Text(pdf.AddPage(), $"Visit note page {number}: blood pressure reviewed, medications reconciled.", 72, 100);
        }

        return pdf;
    }
}
