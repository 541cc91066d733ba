using System.IO.Compression;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NoteMiner.Testing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NoteMiner.Samples.Tests.Generation;

/// <summary>
/// Renders a <see cref="ChartSource"/> as a DOCX the way Word structures one: Title and "heading 1" styles,
/// a bullet list through the numbering part, bordered tables with a bold header row, header and footer
/// parts, and page breaks as <c>w:br w:type="page"</c>. Zip entries get a fixed timestamp so that a
/// regenerated file is byte-identical.
/// </summary>
internal static class DocxChartWriter
{
    private const int BulletList = 1;

    public static byte[] Render(ChartSource source)
    {
        using var package = new MemoryStream();
        using (var document = WordprocessingDocument.Create(package, WordprocessingDocumentType.Document))
        {
            // Fixed relationship ids: the SDK's default ids are random, which would change the file on every run.
            var main = document.AddMainDocumentPart();
            document.ChangeIdOfPart(main, "rId1");
            main.AddNewPart<StyleDefinitionsPart>("rId2").Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>("rId3").Numbering = Numbering();
            var body = new Body(Blocks(source.Blocks));
            var section = new SectionProperties();
            if (source.Header.Count > 0)
            {
                var header = main.AddNewPart<HeaderPart>("rId4");
                header.Header = new Header(source.Header.Select(t => Paragraph(t, style: "Header")));
                section.Append(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) });
            }

            if (source.Footer.Count > 0)
            {
                var footer = main.AddNewPart<FooterPart>("rId5");
                footer.Footer = new Footer(source.Footer.Select(t => Paragraph(t, style: "Footer")));
                section.Append(new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
            }

            section.Append(
                new PageSize { Width = 12240, Height = 15840 },
                new PageMargin { Top = 1080, Bottom = 1080, Left = 1080, Right = 1080, Header = 540, Footer = 540 });
            body.Append(section);
            main.Document = new Document(body);
        }

        return WithFixedTimestamps(package.ToArray());
    }

    private static IEnumerable<OpenXmlElement> Blocks(IReadOnlyList<MarkupBlock> blocks)
    {
        for (var i = 0; i < blocks.Count; i++)
        {
            var block = blocks[i];
            switch (block.Kind)
            {
                case BlockKind.TableRow:
                    var rows = blocks.Skip(i).TakeWhile(b => b.Kind == BlockKind.TableRow).ToList();
                    yield return Table(rows);
                    i += rows.Count - 1;
                    break;
                case BlockKind.PageBreak:
                    yield return new Paragraph(new Run(new Break { Type = BreakValues.Page }));
                    break;
                case BlockKind.Title:
                    yield return Paragraph(block.Text, style: "Title");
                    break;
                case BlockKind.Heading:
                    yield return Paragraph(block.Text, style: "Heading1");
                    break;
                case BlockKind.Bold:
                    yield return Paragraph(block.Text, bold: true);
                    break;
                case BlockKind.ListItem:
                    yield return new Paragraph(
                        new ParagraphProperties(
                            new ParagraphStyleId { Val = "ListParagraph" },
                            new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = BulletList })),
                        TextRun(block.Text, bold: false));
                    break;
                default:
                    yield return Paragraph(block.Text);
                    break;
            }
        }
    }

    private static Table Table(IReadOnlyList<MarkupBlock> rows)
    {
        var border = () => new TableBorders(
            new TopBorder { Val = BorderValues.Single, Size = 4 },
            new BottomBorder { Val = BorderValues.Single, Size = 4 },
            new LeftBorder { Val = BorderValues.Single, Size = 4 },
            new RightBorder { Val = BorderValues.Single, Size = 4 },
            new InsideHorizontalBorder { Val = BorderValues.Single, Size = 4 },
            new InsideVerticalBorder { Val = BorderValues.Single, Size = 4 });
        var table = new Table(new TableProperties(new TableWidth { Width = "5000", Type = TableWidthUnitValues.Pct }, border()));
        foreach (var row in rows)
        {
            table.Append(new TableRow(row.Cells.Select(cell => new TableCell(Paragraph(cell, bold: row.FirstRow)))));
        }

        return table;
    }

    private static Paragraph Paragraph(string text, string? style = null, bool bold = false)
    {
        var paragraph = new Paragraph();
        if (style is not null)
        {
            paragraph.Append(new ParagraphProperties(new ParagraphStyleId { Val = style }));
        }

        if (text.Length > 0)
        {
            paragraph.Append(TextRun(text, bold));
        }

        return paragraph;
    }

    private static Run TextRun(string text, bool bold)
    {
        var run = new Run();
        if (bold)
        {
            run.Append(new RunProperties(new Bold()));
        }

        run.Append(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    private static Styles Styles() => new(
        new DocDefaults(new RunPropertiesDefault(new RunPropertiesBaseStyle(
            new RunFonts { Ascii = "Calibri", HighAnsi = "Calibri" }, new FontSize { Val = "21" }))),
        WordStyles.Paragraph("Normal", "Normal", null, isDefault: true),
        WordStyles.Paragraph("Title", "Title", "Normal", run: new StyleRunProperties(new Bold(), new FontSize { Val = "32" })),
        WordStyles.Paragraph("Heading1", "heading 1", "Normal",
            new StyleParagraphProperties(new KeepNext(), new SpacingBetweenLines { Before = "200", After = "60" }, new OutlineLevel { Val = 0 }),
            new StyleRunProperties(new Bold(), new FontSize { Val = "24" })),
        WordStyles.Paragraph("ListParagraph", "List Paragraph", "Normal", new StyleParagraphProperties(new Indentation { Left = "720" })),
        WordStyles.Paragraph("Header", "header", "Normal", run: new StyleRunProperties(new Bold())),
        WordStyles.Paragraph("Footer", "footer", "Normal", run: new StyleRunProperties(new FontSize { Val = "16" })));

    private static Numbering Numbering() => new(
        new AbstractNum(
            new Level(
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" },
                new PreviousParagraphProperties(new Indentation { Left = "720", Hanging = "360" }))
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = BulletList });

    /// <summary>Copies the zip with every entry dated 2026-01-01 so regeneration is byte-for-byte reproducible.</summary>
    private static byte[] WithFixedTimestamps(byte[] zip)
    {
        using var input = new ZipArchive(new MemoryStream(zip), ZipArchiveMode.Read);
        using var output = new MemoryStream();
        using (var archive = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var entry in input.Entries)
            {
                var copy = archive.CreateEntry(entry.FullName, CompressionLevel.Optimal);
                copy.LastWriteTime = new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
                using var from = entry.Open();
                using var to = copy.Open();
                from.CopyTo(to);
            }
        }

        return output.ToArray();
    }
}
