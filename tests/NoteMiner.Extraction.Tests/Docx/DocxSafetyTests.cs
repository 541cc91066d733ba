using System.IO.Compression;
using System.Net;
using System.Net.Sockets;
using System.Text;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NoteMiner.Testing;
using static NoteMiner.Extraction.Tests.Docx.DocxFixture;

namespace NoteMiner.Extraction.Tests.Docx;

public sealed class DocxSafetyTests
{
    private static readonly DocumentReader Reader = DefaultExtractors.CreateReader();

    [Fact]
    public void Should_RejectWithoutInflating_When_APartHasAnAbsurdCompressionRatio()
    {
        using var folder = new TempFolder();
        var path = folder.File("bomb.docx");
        WriteValidDocxWithExtraEntry(path, "word/media/bomb.xml", new byte[48 * 1024 * 1024]);
        CorruptDeflateData(path, "word/media/bomb.xml");
        Assert.Throws<InvalidDataException>(() => Inflate(path, "word/media/bomb.xml"));

        var diagnostic = Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics);

        // Inflating the damaged stream would have failed as corrupt: the verdict came from the zip directory alone.
        Assert.Equal(DiagnosticKind.LimitExceeded, diagnostic.Kind);
        Assert.Contains("zip bomb", diagnostic.Message, StringComparison.Ordinal);
        Assert.Contains("ratio", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_RejectPart_When_ItsUncompressedSizeExceedsTheLimit()
    {
        using var folder = new TempFolder();
        var path = folder.File("big.docx");
        var random = new Random(7);
        var incompressible = new byte[256 * 1024];
        random.NextBytes(incompressible);
        WriteValidDocxWithExtraEntry(path, "word/media/image1.bin", incompressible);
        var options = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxDecompressedBytes = 128 * 1024 } };

        var diagnostic = Assert.Single(Reader.Read(path, options).Diagnostics);

        Assert.Equal(DiagnosticKind.LimitExceeded, diagnostic.Kind);
        Assert.Contains("exceeds the limit of 131,072", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReportUnsupported_When_MacroEnabledDocumentIsNamedDocx()
    {
        using var folder = new TempFolder();
        var path = Write(folder.File("plan.docx"), [Para("Macro document")], type: DocumentFormat.OpenXml.WordprocessingDocumentType.MacroEnabledDocument);

        var diagnostic = Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics);

        Assert.Equal(DiagnosticKind.Unsupported, diagnostic.Kind);
        Assert.Equal("macro-enabled document (.docm) not read", diagnostic.Message);
    }

    [Fact]
    public void Should_ReportUnsupported_When_PackageCarriesAVbaProject()
    {
        using var folder = new TempFolder();
        var path = folder.File("plan.docx");
        WriteValidDocxWithExtraEntry(path, "word/vbaProject.bin", [1, 2, 3]);

        Assert.Equal(DiagnosticKind.Unsupported, Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics).Kind);
    }

    [Fact]
    public void Should_NeverFetchExternalTargets_When_DocumentLinksImagesAndATemplate()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var url = new Uri($"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}/resource");
        using var folder = new TempFolder();
        var path = Write(folder.File("linked.docx"), [Para("Linked content")], main =>
        {
            var image = main.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/image", url);
            main.Document!.Body!.Append(new Paragraph(new Run(new Picture(
                $"""<w:pict xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><v:shape><v:imagedata r:id="{image.Id}"/></v:shape></w:pict>"""))));
            var hyperlink = main.AddHyperlinkRelationship(url, isExternal: true);
            main.Document.Body.Append(new Paragraph(new Hyperlink(PlainRun("Portal link")) { Id = hyperlink.Id }));
            var settings = main.AddNewPart<DocumentSettingsPart>();
            var template = settings.AddExternalRelationship("http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate", url);
            settings.Settings = new Settings(new AttachedTemplate { Id = template.Id });
        });

        var document = Reader.Read(path, ExtractionOptions.Default);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(["Linked content", "Portal link"], document.Pages.Single().Lines.Select(l => l.Text));
        Assert.False(listener.Pending(), "the extractor connected to an external relationship's target");
    }

    [Fact]
    public void Should_ReportCorrupt_When_ZipIsDamaged()
    {
        using var folder = new TempFolder();
        var valid = Write(folder.File("valid.docx"), [Para("Some text")]);
        var bytes = File.ReadAllBytes(valid);
        var truncated = folder.Write("truncated.docx", bytes[..(bytes.Length / 2)]);
        var garbage = folder.Write("garbage.docx", [.. "PK\u0003\u0004"u8, .. Enumerable.Repeat((byte)0x5A, 500)]);

        Assert.Equal(DiagnosticKind.Corrupt, Assert.Single(Reader.Read(truncated, ExtractionOptions.Default).Diagnostics).Kind);
        Assert.Equal(DiagnosticKind.Corrupt, Assert.Single(Reader.Read(garbage, ExtractionOptions.Default).Diagnostics).Kind);
    }

    [Fact]
    public void Should_ReportCorrupt_When_ZipIsNotAWordPackage()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.docx");
        using (var archive = ZipFile.Open(path, ZipArchiveMode.Create))
        {
            using var writer = new StreamWriter(archive.CreateEntry("notes.txt").Open());
            writer.Write("plain text in a zip");
        }

        var diagnostic = Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics);

        Assert.Equal(DiagnosticKind.Corrupt, diagnostic.Kind);
        Assert.DoesNotContain("plain text", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReportMismatch_When_RandomBytesAreNamedDocx()
    {
        using var folder = new TempFolder();
        var bytes = new byte[4096];
        new Random(11).NextBytes(bytes);
        var path = folder.Write("random.docx", bytes);

        var diagnostic = Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics);

        Assert.Equal(DiagnosticKind.FormatMismatch, diagnostic.Kind);
        Assert.Contains("not a Word document", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_SayEncryptedOrLegacy_When_DocxIsAnOleCompoundFile()
    {
        using var folder = new TempFolder();
        var path = folder.Write("locked.docx", [0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1, .. new byte[504]]);

        var diagnostic = Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics);

        Assert.Equal(DiagnosticKind.Encrypted, diagnostic.Kind);
        Assert.Contains("encrypted or legacy Word document", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReportLimit_When_XmlIsNestedTooDeeply()
    {
        using var folder = new TempFolder();
        var path = folder.File("deep.docx");
        var depth = 400;
        var body = new StringBuilder();
        body.Append($"""<w:document xmlns:w="{W}"><w:body>""");
        for (var i = 0; i < depth; i++)
        {
            body.Append("<w:sdt><w:sdtContent>");
        }

        body.Append("<w:p><w:r><w:t>deep</w:t></w:r></w:p>");
        for (var i = 0; i < depth; i++)
        {
            body.Append("</w:sdtContent></w:sdt>");
        }

        body.Append("</w:body></w:document>");
        Write(path, [Para("placeholder")]);
        ReplaceEntry(path, "word/document.xml", Encoding.UTF8.GetBytes(body.ToString()));

        var diagnostic = Assert.Single(Reader.Read(path, ExtractionOptions.Default).Diagnostics);

        Assert.Equal(DiagnosticKind.LimitExceeded, diagnostic.Kind);
        Assert.Contains("nested deeper", diagnostic.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Should_ReturnADocumentOrADiagnostic_When_BytesOfAValidDocxAreMutated()
    {
        using var folder = new TempFolder();
        var valid = File.ReadAllBytes(DocxExtractorTests.WithHeaderAndFooter(folder.File("valid.docx")));
        var random = new Random(2026);
        for (var i = 0; i < 40; i++)
        {
            var bytes = (byte[])valid.Clone();
            for (var flips = random.Next(1, 8); flips > 0; flips--)
            {
                bytes[random.Next(4, bytes.Length)] = (byte)random.Next(256);
            }

            var path = folder.Write($"mutant{i}.docx", bytes);
            var document = Reader.Read(path, ExtractionOptions.Default);

            Assert.True(document.Pages.Count > 0 || document.Diagnostics.Count > 0, $"mutant {i} yielded nothing");
            Assert.All(document.Diagnostics, d => Assert.DoesNotContain("Riverbend", d.Message, StringComparison.Ordinal));
        }
    }

    private static void WriteValidDocxWithExtraEntry(string path, string name, byte[] content)
    {
        Write(path, [Para("Valid body")]);
        using var archive = ZipFile.Open(path, ZipArchiveMode.Update);
        using var stream = archive.CreateEntry(name, CompressionLevel.SmallestSize).Open();
        stream.Write(content);
    }

    private static void Inflate(string path, string name)
    {
        using var archive = ZipFile.OpenRead(path);
        using var stream = archive.GetEntry(name)!.Open();
        stream.CopyTo(Stream.Null);
    }

    private static void ReplaceEntry(string path, string name, byte[] content)
    {
        using var archive = ZipFile.Open(path, ZipArchiveMode.Update);
        archive.GetEntry(name)!.Delete();
        using var stream = archive.CreateEntry(name).Open();
        stream.Write(content);
    }

    /// <summary>Overwrites the middle of an entry's deflate stream, leaving the zip directory intact.</summary>
    private static void CorruptDeflateData(string path, string name)
    {
        var bytes = File.ReadAllBytes(path);
        var nameBytes = Encoding.ASCII.GetBytes(name);
        var start = FindLocalHeader(bytes, nameBytes);
        Assert.True(start >= 0, "local header not found");
        var extraLength = BitConverter.ToUInt16(bytes, start + 28);
        var data = start + 30 + nameBytes.Length + extraLength;
        bytes.AsSpan(data + 16, 64).Fill(0xFF);
        File.WriteAllBytes(path, bytes);
    }

    private static int FindLocalHeader(byte[] bytes, byte[] name)
    {
        for (var i = bytes.AsSpan().IndexOf("PK\u0003\u0004"u8); i >= 0 && i + 30 + name.Length <= bytes.Length;)
        {
            var nameLength = BitConverter.ToUInt16(bytes, i + 26);
            if (nameLength == name.Length && bytes.AsSpan(i + 30, nameLength).SequenceEqual(name))
            {
                return i;
            }

            var next = bytes.AsSpan(i + 4).IndexOf("PK\u0003\u0004"u8);
            i = next < 0 ? -1 : i + 4 + next;
        }

        return -1;
    }
}
