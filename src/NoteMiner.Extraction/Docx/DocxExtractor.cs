using System.Xml;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;

namespace NoteMiner.Extraction.Docx;

/// <summary>
/// Reads <c>.docx</c>. DOCX has no pages: a page ends at each explicit page break (<c>w:br w:type="page"</c>,
/// a paragraph with page-break-before, a new-page section break), else the document is one page. Lines are
/// paragraphs and table rows in document order; text boxes follow the paragraph they are anchored in.
/// </summary>
/// <remarks>
/// <para>The header of page 1 opens page 1 and the footer of the last page closes the last page, both marked
/// <see cref="LineStyle.PageFurniture"/> (or dropped with <see cref="ExtractionOptions.DropPageFurniture"/>):
/// Word repeats them on every page but they are text of the document only once.</para>
/// <para>Footnotes, endnotes and comments are not read: they are annotations outside the reading order, and
/// a citation to them could not name a line a reader finds on the page.</para>
/// <para>Boxes are in line units, as for plain text: (0, index, length, index + 1); a page is as wide as its
/// longest line and as tall as its line count. The package is inspected before parsing (zip bombs, macros,
/// XML depth) and external relationships (linked images, attached templates) are never fetched.</para>
/// </remarks>
public sealed class DocxExtractor : IDocumentExtractor
{
    public IReadOnlyList<DocumentKind> Kinds { get; } = [DocumentKind.Docx];

    public ExtractedDocument Extract(string path, ExtractionOptions options, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(options);
        var limits = options.Limits;
        if (DocxPackageGuard.Inspect(path, limits, cancellationToken) is { } unsafePackage)
        {
            return ExtractedDocument.Failed(path, DocumentKind.Docx, unsafePackage);
        }

        try
        {
            var settings = new OpenSettings { MaxCharactersInPart = limits.MaxDecompressedBytes };
            using var document = WordprocessingDocument.Open(path, isEditable: false, settings);
            return Read(path, document, options, cancellationToken);
        }
        catch (Exception e) when (e is OpenXmlPackageException or InvalidDataException or XmlException or FileFormatException)
        {
            return Failed(path, DiagnosticKind.Corrupt, "corrupt Word document: the package cannot be parsed", e);
        }
    }

    private static ExtractedDocument Read(
        string path, WordprocessingDocument document, ExtractionOptions options, CancellationToken cancellationToken)
    {
        var main = document.MainDocumentPart;
        if (main?.Document?.Body is not { } body)
        {
            return Failed(path, DiagnosticKind.Corrupt, "corrupt Word document: no document body", null);
        }

        var styles = new DocxStyles(main);
        var layout = new DocxLayout(options.Limits.MaxPages);
        new DocxBlocks(styles, layout, cancellationToken).ReadBody(body);
        if (layout.OverPageLimit)
        {
            return Failed(path, DiagnosticKind.LimitExceeded,
                $"more than {options.Limits.MaxPages} pages (explicit page breaks) exceed the limit", null);
        }

        var sections = DocxSections.InOrder(body);
        var header = options.DropPageFurniture ? [] : Furniture(DocxSections.FirstPageHeader(main, sections), styles, cancellationToken);
        var footer = options.DropPageFurniture ? [] : Furniture(DocxSections.LastPageFooter(main, sections), styles, cancellationToken);
        return new ExtractedDocument(path, DocumentKind.Docx, layout.Build(header, footer), []);
    }

    private static IReadOnlyList<(string Text, LineStyle Style)> Furniture(
        OpenXmlElement? part, DocxStyles styles, CancellationToken cancellationToken)
    {
        if (part is null)
        {
            return [];
        }

        var flow = new DocxLayout(int.MaxValue);
        new DocxBlocks(styles, flow, cancellationToken).ReadFlow(part, LineStyle.PageFurniture);
        return flow.AllLines.ToList();
    }

    private static ExtractedDocument Failed(string path, DiagnosticKind kind, string message, Exception? e) =>
        ExtractedDocument.Failed(path, DocumentKind.Docx, new Diagnostic(path, kind, message) { Detail = e is null ? null : DiagnosticDetail.Of(e) });
}
