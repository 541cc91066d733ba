using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;
using NoteMiner.Testing;
using static NoteMiner.Extraction.Tests.Docx.DocxFixture;

namespace NoteMiner.Extraction.Tests.Docx;

public sealed class DocxExtractorTests
{
    private static readonly DocumentReader Reader = DefaultExtractors.CreateReader();

    [Fact]
    public void Should_MarkHeadings_When_StyleIdNameOrOutlineLevelSaysSo()
    {
        using var folder = new TempFolder();
        var path = Write(folder.File("plan.docx"),
        [
            Para("Care Plan", "Title"),
            Para("Goals", "Heading1"),
            Para("Symptom management", "Kop2"),
            Para("Caregiver", "Ueberschrift3"),
            new Paragraph(new ParagraphProperties(new OutlineLevel { Val = 1 }), PlainRun("Outline level only")),
            Para("Body text", "Normal"),
            Para("No style"),
        ]);

        var lines = Lines(path);

        Assert.Equal(["Care Plan", "Goals", "Symptom management", "Caregiver", "Outline level only", "Body text", "No style"], lines.Select(l => l.Text));
        Assert.All(lines.Take(5), l => Assert.True(l.Style.HasFlag(LineStyle.Heading), l.Text));
        Assert.All(lines.Skip(5), l => Assert.Equal(LineStyle.None, l.Style));
    }

    [Fact]
    public void Should_MarkBold_When_EveryRunIsBoldDirectlyOrByStyle()
    {
        using var folder = new TempFolder();
        var path = Write(folder.File("bold.docx"),
        [
            Para(null, BoldRun("Medication "), BoldRun("management")),
            Para("Paragraph style bold", "BodyStrong"),
            Para(null, new Run(new RunProperties(new RunStyle { Val = "Strong" }), new WordText("Character style bold"))),
            Para(null, BoldRun("Label:"), PlainRun(" value")),
            Para(null, new Run(new RunProperties(new Bold { Val = false }), new WordText("Bold switched off")) ),
        ]);

        var styles = Lines(path).Select(l => l.Style).ToList();

        Assert.Equal([LineStyle.Bold, LineStyle.Bold, LineStyle.Bold, LineStyle.None, LineStyle.None], styles);
    }

    [Fact]
    public void Should_MarkListItems_When_NumberingIsOnParagraphOrStyle()
    {
        using var folder = new TempFolder();
        var numbered = new Paragraph(
            new ParagraphProperties(new NumberingProperties(new NumberingLevelReference { Val = 0 }, new NumberingId { Val = 1 })),
            PlainRun("Daily weights before breakfast"));
        var unnumbered = new Paragraph(
            new ParagraphProperties(new ParagraphStyleId { Val = "ListBullet" }, new NumberingProperties(new NumberingId { Val = 0 })),
            PlainRun("Numbering removed"));
        var path = Write(folder.File("list.docx"),
        [
            numbered,
            Para("Low-salt diet, 2 g sodium", "ListBullet"),
            unnumbered,
        ]);

        var lines = Lines(path);

        Assert.Equal("Daily weights before breakfast", lines[0].Text);
        Assert.Equal([LineStyle.ListItem, LineStyle.ListItem, LineStyle.None], lines.Select(l => l.Style));
    }

    [Fact]
    public void Should_ReadTabsAndSoftBreaksAsSpacesAndSkipEmptyParagraphs_When_Present()
    {
        using var folder = new TempFolder();
        var path = Write(folder.File("text.docx"),
        [
            Para(null, new Run(new WordText("Weight"), new TabChar(), new WordText("182 lb"), new Break(), new WordText("stable"))),
            new Paragraph(),
            Para("   "),
            Para(null, PlainRun("Deleted "), new DeletedRun(new DeletedText("old text")), PlainRun("kept")),
        ]);

        var page = Single(path);

        Assert.Equal(["Weight 182 lb stable", "Deleted kept"], page.Lines.Select(l => l.Text));
        Assert.Equal([1, 2], page.Lines.Select(l => l.Number));
    }

    [Fact]
    public void Should_StartNewPages_When_ExplicitBreaksOccur()
    {
        using var folder = new TempFolder();
        var path = Write(folder.File("pages.docx"),
        [
            Para("First page heading", "NewPageHeading"),
            Para(null, new Run(new WordText("Before break"), new Break { Type = BreakValues.Page }, new WordText("after break"))),
            Para("Second page"),
            Para("Third page heading", "NewPageHeading"),
            Para("Third page"),
            PageBreak(),
        ]);

        var document = Read(path);

        Assert.Empty(document.Diagnostics);
        Assert.Equal(3, document.Pages.Count);
        Assert.Equal(["First page heading", "Before break"], document.Pages[0].Lines.Select(l => l.Text));
        Assert.Equal(["after break", "Second page"], document.Pages[1].Lines.Select(l => l.Text));
        Assert.Equal(["Third page heading", "Third page"], document.Pages[2].Lines.Select(l => l.Text));
        Assert.All(document.Pages, p => Assert.Equal(Enumerable.Range(1, p.Lines.Count), p.Lines.Select(l => l.Number)));
    }

    [Theory]
    [InlineData("nextPage", 2)]
    [InlineData("continuous", 1)]
    public void Should_StartANewPageOnlyForNewPageSections_When_ASectionEnds(string nextSectionType, int pages)
    {
        using var folder = new TempFolder();
        var type = nextSectionType == "continuous" ? SectionMarkValues.Continuous : SectionMarkValues.NextPage;
        var path = Write(folder.File("sections.docx"),
        [
            new Paragraph(new ParagraphProperties(new SectionProperties()), PlainRun("End of section one")),
            Para("Section two"),
            new SectionProperties(new SectionType { Val = type }),
        ]);

        var document = Read(path);

        Assert.Equal(pages, document.Pages.Count);
        Assert.Equal("Section two", document.Pages[^1].Lines[^1].Text);
    }

    [Fact]
    public void Should_UseTheFirstPageHeader_When_TheSectionHasATitlePage()
    {
        using var folder = new TempFolder();
        var path = Write(folder.File("title.docx"), [Para("Body"), new SectionProperties(new TitlePage())], main =>
        {
            var first = main.AddNewPart<HeaderPart>();
            first.Header = new Header(Para("Letterhead on page one"));
            var running = main.AddNewPart<HeaderPart>();
            running.Header = new Header(Para("Running header"));
            main.Document!.Body!.GetFirstChild<SectionProperties>()!.PrependChild(new HeaderReference { Type = HeaderFooterValues.First, Id = main.GetIdOfPart(first) });
            main.Document.Body.GetFirstChild<SectionProperties>()!.PrependChild(new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(running) });
        });

        Assert.Equal(["Letterhead on page one", "Body"], Lines(path).Select(l => l.Text));
    }

    [Fact]
    public void Should_UseLineUnitBoxes_When_DocumentHasNoGeometry()
    {
        using var folder = new TempFolder();
        var path = Write(folder.File("boxes.docx"), [Para("Short"), Para("A longer line of text")]);

        var page = Single(path);

        Assert.Equal(new BoundingBox(0, 0, 5, 1), page.Lines[0].Box);
        Assert.Equal(new BoundingBox(0, 1, 21, 2), page.Lines[1].Box);
        Assert.Equal((21d, 2d), (page.Width, page.Height));
        Assert.Equal(PageSource.Text, page.Source);
    }

    [Fact]
    public void Should_ReadEachTableRowOnce_When_CellsAreMergedOrNested()
    {
        using var folder = new TempFolder();
        var restart = new TableCellProperties(new VerticalMerge { Val = MergedCellValues.Restart });
        var nested = Table(Row(Cell("Dose"), Cell("40 mg")), Row(Cell("Route"), Cell("oral")));
        var path = Write(folder.File("table.docx"),
        [
            Table(
                Row(Cell("Drug"), Cell("Dose"), Cell("Frequency"), Cell("Status")),
                Row(Cell(restart, Para("Furosemide")), Cell(new TableCellProperties(new GridSpan { Val = 2 }), Para("40 mg twice daily")), Cell("changed")),
                Row(Cell(new TableCellProperties(new VerticalMerge()), new Paragraph()), Cell("was 20 mg daily"), Cell(), Cell("prior")),
                Row(Cell("Metoprolol"), Cell(new TableCellProperties(), nested, Para("with food")), Cell("daily"), Cell("active"))),
            Para("After the table"),
        ]);

        var lines = Lines(path);

        Assert.Equal(
        [
            "Drug | Dose | Frequency | Status",
            "Furosemide | 40 mg twice daily | changed",
            "was 20 mg daily | prior",
            "Metoprolol | Dose 40 mg Route oral with food | daily | active",
            "After the table",
        ], lines.Select(l => l.Text));
        Assert.All(lines.Take(4), l => Assert.Equal(LineStyle.TableRow, l.Style));
    }

    [Fact]
    public void Should_PutHeaderFirstAndFooterLast_When_DocumentHasThem()
    {
        using var folder = new TempFolder();
        var path = WithHeaderAndFooter(folder.File("furniture.docx"));

        var document = Read(path);

        Assert.Equal(2, document.Pages.Count);
        var first = document.Pages[0].Lines;
        Assert.Equal("Riverbend Family Medicine", first[0].Text);
        Assert.Equal(LineStyle.PageFurniture, first[0].Style);
        Assert.Equal("Body on page one", first[1].Text);
        var last = document.Pages[1].Lines;
        Assert.Equal(["Body on page two", "Confidential | Page 2 of 2"], last.Select(l => l.Text));
        Assert.Equal(LineStyle.PageFurniture | LineStyle.TableRow, last[1].Style);
    }

    [Fact]
    public void Should_DropHeaderAndFooter_When_OptionsSaySo()
    {
        using var folder = new TempFolder();
        var path = WithHeaderAndFooter(folder.File("furniture.docx"));

        var document = Reader.Read(path, ExtractionOptions.Default with { DropPageFurniture = true });

        Assert.Equal(["Body on page one", "Body on page two"], document.Pages.SelectMany(p => p.Lines).Select(l => l.Text));
    }

    [Fact]
    public void Should_ReadTextBoxOnceAfterItsParagraph_When_WordWritesChoiceAndFallback()
    {
        using var folder = new TempFolder();
        var anchor = new Paragraph(new Run(new WordText("Anchor paragraph")), new Run(TextBoxAlternateContent("Call if weight up 3 lb")));
        var path = Write(folder.File("textbox.docx"), [anchor, Para("Next paragraph")]);

        var lines = Lines(path);

        Assert.Equal(["Anchor paragraph", "Call if weight up 3 lb", "Next paragraph"], lines.Select(l => l.Text));
    }

    [Fact]
    public void Should_ReportLimit_When_PageBreaksExceedMaxPages()
    {
        using var folder = new TempFolder();
        var path = Write(folder.File("many.docx"), Enumerable.Range(1, 6).SelectMany(i => new OpenXmlElement[] { Para($"Page {i}"), PageBreak() }));
        var options = ExtractionOptions.Default with { Limits = ExtractionLimits.Default with { MaxPages = 5 } };

        var document = Reader.Read(path, options);

        Assert.Equal(DiagnosticKind.LimitExceeded, Assert.Single(document.Diagnostics).Kind);
        Assert.Empty(document.Pages);
    }

    internal static string WithHeaderAndFooter(string path) => Write(path,
        [Para("Body on page one"), PageBreak(), Para("Body on page two"), new SectionProperties()],
        main =>
        {
            var header = main.AddNewPart<HeaderPart>();
            header.Header = new Header(Para("Riverbend Family Medicine"));
            var footer = main.AddNewPart<FooterPart>();
            footer.Footer = new Footer(Table(Row(Cell("Confidential"), Cell("Page 2 of 2"))));
            var section = main.Document!.Body!.GetFirstChild<SectionProperties>()!;
            section.Append(
                new HeaderReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(header) },
                new FooterReference { Type = HeaderFooterValues.Default, Id = main.GetIdOfPart(footer) });
        });

    /// <summary>A text box as Word writes it: a DrawingML shape in the choice, the same text in a VML fallback.</summary>
    private static AlternateContent TextBoxAlternateContent(string text)
    {
        const string Wps = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape";
        var choice = new AlternateContentChoice { Requires = "wps" };
        choice.AddNamespaceDeclaration("wps", Wps);
        choice.Append(new Drawing(
            $"""<w:drawing xmlns:w="{W}" xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:wps="{Wps}"><wp:anchor><wp:docPr id="1" name="Text Box 1"/><a:graphic><a:graphicData uri="{Wps}"><wps:wsp><wps:txbx><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing>"""));
        var fallback = new AlternateContentFallback(new Picture(
            $"""<w:pict xmlns:w="{W}" xmlns:v="urn:schemas-microsoft-com:vml"><v:shape><v:textbox><w:txbxContent><w:p><w:r><w:t>{text}</w:t></w:r></w:p></w:txbxContent></v:textbox></v:shape></w:pict>"""));
        return new AlternateContent(choice, fallback);
    }

    private static ExtractedDocument Read(string path) => Reader.Read(path, ExtractionOptions.Default);

    private static Page Single(string path)
    {
        var document = Read(path);
        Assert.Empty(document.Diagnostics);
        return Assert.Single(document.Pages);
    }

    private static IReadOnlyList<Line> Lines(string path) => Single(path).Lines;
}
