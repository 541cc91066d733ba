using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;
using NoteMiner.Testing;
using WordText = DocumentFormat.OpenXml.Wordprocessing.Text;

namespace NoteMiner.Extraction.Tests.Docx;

/// <summary>
/// Builds DOCX fixtures with the OpenXml SDK: a styles part whose heading styles are named as Word names
/// them ("heading 1") under ids that vary, and a numbering part with one bullet list (numId 1).
/// </summary>
internal static class DocxFixture
{
    public const string W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    /// <summary>Writes a document whose body holds <paramref name="blocks"/>; <paramref name="extend"/> adds parts.</summary>
    public static string Write(
        string path,
        IEnumerable<OpenXmlElement> blocks,
        Action<MainDocumentPart>? extend = null,
        WordprocessingDocumentType type = WordprocessingDocumentType.Document)
    {
        using (var document = WordprocessingDocument.Create(path, type))
        {
            var main = document.AddMainDocumentPart();
            main.Document = new Document(new Body(blocks));
            main.AddNewPart<StyleDefinitionsPart>().Styles = Styles();
            main.AddNewPart<NumberingDefinitionsPart>().Numbering = Numbering();
            extend?.Invoke(main);
        }

        return path;
    }

    public static Paragraph Para(string text, string? style = null) => Para(style, PlainRun(text));

    public static Paragraph Para(string? style, params OpenXmlElement[] runs) =>
        style is null ? new(runs) : new([Props(style)!, .. runs]);

    public static Run BoldRun(string text) =>
        new(new RunProperties(new Bold()), new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Run PlainRun(string text) => new(new WordText(text) { Space = SpaceProcessingModeValues.Preserve });

    public static Paragraph PageBreak() => new(new Run(new Break { Type = BreakValues.Page }));

    public static TableCell Cell(params string[] paragraphs) =>
        new(paragraphs.Select(p => (OpenXmlElement)Para(p)).DefaultIfEmpty(new Paragraph()));

    public static TableCell Cell(TableCellProperties properties, params OpenXmlElement[] content) =>
        new([properties, .. content]);

    public static Table Table(params TableRow[] rows) => new([new TableProperties(), .. rows]);

    public static TableRow Row(params TableCell[] cells) => new(cells);

    private static ParagraphProperties? Props(string? style) =>
        style is null ? null : new ParagraphProperties(new ParagraphStyleId { Val = style });

    private static Styles Styles() => new(
        WordStyles.Paragraph("Normal", "Normal", basedOn: null, isDefault: true),
        // Ids vary with Word's language and version; names and outline levels do not.
        WordStyles.Paragraph("Heading1", "heading 1", "Normal", paragraph: new StyleParagraphProperties(new OutlineLevel { Val = 0 })),
        WordStyles.Paragraph("Kop2", "heading 2", "Normal"),
        WordStyles.Paragraph("Ueberschrift3", "Überschrift 3", "Normal", paragraph: new StyleParagraphProperties(new OutlineLevel { Val = 2 })),
        WordStyles.Paragraph("Title", "Title", "Normal"),
        WordStyles.Paragraph("BodyStrong", "Body Strong", "Normal", run: new StyleRunProperties(new Bold())),
        WordStyles.Paragraph("ListBullet", "List Bullet", "Normal",
            paragraph: new StyleParagraphProperties(new NumberingProperties(new NumberingId { Val = 1 }))),
        WordStyles.Paragraph("NewPageHeading", "New Page Heading", "Heading1", paragraph: new StyleParagraphProperties(new PageBreakBefore())),
        new Style(new StyleName { Val = "Strong" }, new StyleRunProperties(new Bold())) { Type = StyleValues.Character, StyleId = "Strong" });

    private static Numbering Numbering() => new(
        new AbstractNum(
            new Level(
                new NumberingFormat { Val = NumberFormatValues.Bullet },
                new LevelText { Val = "\u2022" })
            { LevelIndex = 0 })
        { AbstractNumberId = 1 },
        new NumberingInstance(new AbstractNumId { Val = 1 }) { NumberID = 1 });
}
