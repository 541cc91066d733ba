using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NoteMiner.Composer.Markdown;

namespace NoteMiner.Composer.Docx;

/// <summary>
/// Writes a letter's Markdown as a Word document: headings, paragraphs, block quotes and bullet lists in named
/// styles, page numbers in the footer, and the letterhead — the blocks before the first rule (<c>---</c>) that
/// opens the letter — as the first page's header, its first line repeated as the header of later pages.
/// </summary>
public static class DocxLetterWriter
{
    /// <summary>The most blocks a letterhead may have; a later rule is a plain rule in the body.</summary>
    private const int MaxLetterheadBlocks = 4;

    /// <summary>The DOCX bytes of <paramref name="markdown"/>.</summary>
    public static byte[] Write(string markdown, DocxLetterOptions options)
    {
        ArgumentNullException.ThrowIfNull(markdown);
        ArgumentNullException.ThrowIfNull(options);
        var blocks = MarkdownParser.Parse(markdown);
        var ruleAt = blocks.ToList().FindIndex(b => b.Kind == MarkdownBlockKind.Rule);
        var hasLetterhead = ruleAt is > 0 and <= MaxLetterheadBlocks
            && blocks.Take(ruleAt).All(b => b.Kind == MarkdownBlockKind.Paragraph);
        var letterhead = hasLetterhead ? blocks.Take(ruleAt).ToList() : [];
        var body = hasLetterhead ? blocks.Skip(ruleAt + 1).ToList() : blocks.ToList();

        using var stream = new MemoryStream();
        using (var document = WordprocessingDocument.Create(stream, WordprocessingDocumentType.Document))
        {
            // Explicit relationship ids and a core-properties part at a fixed name keep the bytes reproducible.
            var main = document.AddNewPart<MainDocumentPart>("application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml", "rIdMain");
            AddProperties(document, options.Title);
            DocxStyles.AddTo(main, options);
            DocxStyles.AddNumbering(main);
            var content = new Body();
            foreach (var block in body)
            {
                content.Append(DocxBlocks.ToParagraph(block));
            }

            content.Append(Section(main, letterhead));
            main.Document = new Document(content);
            main.Document.Save();
        }

        return Normalize(stream.ToArray(), options.Timestamp);
    }

    private static SectionProperties Section(MainDocumentPart main, List<MarkdownBlock> letterhead)
    {
        var section = new SectionProperties();
        if (letterhead.Count > 0)
        {
            section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = AddHeader(main, "rIdHeaderDefault", [DocxBlocks.FirstLine(letterhead[0])]) });
            section.Append(new HeaderReference { Type = HeaderFooterValues.First, Id = AddHeader(main, "rIdHeaderFirst", letterhead) });
        }

        section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = AddFooter(main, "rIdFooterDefault") });
        if (letterhead.Count > 0)
        {
            section.Append(new FooterReference { Type = HeaderFooterValues.First, Id = AddFooter(main, "rIdFooterFirst") });
        }

        section.Append(new PageSize { Width = 12240U, Height = 15840U });
        section.Append(new PageMargin { Top = 1440, Right = 1440U, Bottom = 1440, Left = 1440U, Header = 720U, Footer = 720U, Gutter = 0U });
        if (letterhead.Count > 0)
        {
            section.Append(new TitlePage());
        }

        return section;
    }

    private static string AddHeader(MainDocumentPart main, string id, IReadOnlyList<MarkdownBlock> blocks)
    {
        var part = main.AddNewPart<HeaderPart>(id);
        var header = new Header();
        foreach (var block in blocks)
        {
            header.Append(DocxBlocks.ToParagraph(block, DocxStyles.LetterheadStyle));
        }

        header.Append(DocxBlocks.Rule(DocxStyles.LetterheadStyle));
        part.Header = header;
        part.Header.Save();
        return main.GetIdOfPart(part);
    }

    private static string AddFooter(MainDocumentPart main, string id)
    {
        var part = main.AddNewPart<FooterPart>(id);
        part.Footer = new Footer(new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = DocxStyles.FooterStyle }, new Justification { Val = JustificationValues.Center }),
            new Run(new Text("Page ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " PAGE " },
            new Run(new Text(" of ") { Space = SpaceProcessingModeValues.Preserve }),
            new SimpleField(new Run(new Text("1"))) { Instruction = " NUMPAGES " }));
        part.Footer.Save();
        return main.GetIdOfPart(part);
    }

    private static void AddProperties(WordprocessingDocument document, string title)
    {
        var part = document.AddNewPart<CoreFilePropertiesPart>("rIdCore");
        using var stream = part.GetStream(FileMode.Create);
        using var writer = System.Xml.XmlWriter.Create(stream, new System.Xml.XmlWriterSettings { Encoding = new System.Text.UTF8Encoding(false) });
        writer.WriteStartElement("cp", "coreProperties", "http://schemas.openxmlformats.org/package/2006/metadata/core-properties");
        writer.WriteAttributeString("xmlns", "dc", null, "http://purl.org/dc/elements/1.1/");
        writer.WriteElementString("dc", "title", "http://purl.org/dc/elements/1.1/", title);
        writer.WriteEndElement();
    }

    /// <summary>Rewrites the package with fixed entry times: System.IO.Packaging stamps the current time.</summary>
    private static byte[] Normalize(byte[] package, DateTimeOffset timestamp)
    {
        // ZIP times cannot be before 1980.
        var stamp = timestamp.Year < 1980 ? new DateTimeOffset(1980, 1, 1, 0, 0, 0, TimeSpan.Zero) : timestamp;
        using var output = new MemoryStream();
        using (var source = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read))
        using (var target = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            // [Content_Types].xml first, as Word writes it; some streaming readers expect it there.
            foreach (var entry in source.Entries.OrderBy(e => e.FullName == "[Content_Types].xml" ? 0 : 1))
            {
                var copy = target.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = stamp;
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
