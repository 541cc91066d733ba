using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Validation;
using DocumentFormat.OpenXml.Wordprocessing;
using NoteMiner.Composer.Docx;
using NoteMiner.Composer.Tests.Fixtures;

namespace NoteMiner.Composer.Tests;

public sealed class DocxTests
{
    [Theory]
    [MemberData(nameof(GoldenTests.Cases), MemberType = typeof(GoldenTests))]
    public void Should_PassTheOpenXmlValidator_When_ALetterIsWritten(string name)
    {
        var letter = GoldenCase.Composer().Compose(GoldenCase.Load(name).Request()).Letter!;

        using var document = Open(letter.Docx);
        var errors = new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document).ToList();

        Assert.True(errors.Count == 0, string.Join("\n", errors.Select(e => $"{e.Path?.XPath}: {e.Description}")));
    }

    [Fact]
    public void Should_LayOutTheLetter_When_TheCcm02LetterIsWritten()
    {
        var letter = GoldenCase.Composer().Compose(GoldenCase.Load("001-ccm02-complete").Request()).Letter!;

        using var document = Open(letter.Docx);
        var main = document.MainDocumentPart!;
        var paragraphs = main.Document!.Body!.Elements<Paragraph>().ToList();
        string? Style(Paragraph p) => p.ParagraphProperties?.ParagraphStyleId?.Val?.Value;

        Assert.Contains(paragraphs, p => Style(p) == "Heading2" && p.InnerText == "What the care plan documents");
        Assert.Contains(paragraphs, p => Style(p) == "Heading3" && p.InnerText == "Measurable treatment goals");
        Assert.Contains(paragraphs, p => Style(p) == "Quote" && p.InnerText.Contains("*volume overload*", StringComparison.Ordinal));
        Assert.Contains(paragraphs, p => Style(p) == "ListBullet" && p.InnerText == "care_plan.pdf, pp. 1–2");
        Assert.Contains(paragraphs, p => p.Descendants<Bold>().Any() && p.InnerText.StartsWith("RE: Request", StringComparison.Ordinal));
        Assert.DoesNotContain(paragraphs, p => p.InnerText.Contains("Elm Street Family Medicine**", StringComparison.Ordinal));

        // The letterhead heads the first page; later pages repeat the practice name; every page is numbered.
        var first = HeaderText(main, HeaderFooterValues.First);
        Assert.Contains("Elm Street Family Medicine", first, StringComparison.Ordinal);
        Assert.Contains("Phone: (217) 555-0142", first, StringComparison.Ordinal);
        Assert.Equal("Elm Street Family Medicine", HeaderText(main, HeaderFooterValues.Default));
        Assert.All(main.FooterParts, f => Assert.Equal(
            [" PAGE ", " NUMPAGES "], f.Footer!.Descendants<SimpleField>().Select(s => s.Instruction!.Value!)));
        Assert.NotNull(main.StyleDefinitionsPart!.Styles!.Elements<Style>().SingleOrDefault(s => s.StyleId == "Quote"));
    }

    [Fact]
    public void Should_WriteTheSameBytes_When_TheSameLetterIsWrittenTwice()
    {
        var a = DocxLetterWriter.Write("# Title\n\nText **bold**.\n", DocxLetterOptions.Default);
        var b = DocxLetterWriter.Write("# Title\n\nText **bold**.\n", DocxLetterOptions.Default);

        Assert.Equal(a, b);
    }

    [Fact]
    public void Should_StayValid_When_TheMarkdownHasNoLetterheadAndOddCharacters()
    {
        var bytes = DocxLetterWriter.Write("Plain \u0001 text * unclosed _ marks\n\n- one\n  - nested\n\n> quote\n\n---\n", DocxLetterOptions.Default);

        using var document = Open(bytes);
        Assert.Empty(new OpenXmlValidator(FileFormatVersions.Office2019).Validate(document));
        Assert.Empty(document.MainDocumentPart!.HeaderParts);
    }

    private static WordprocessingDocument Open(byte[] bytes) => WordprocessingDocument.Open(new MemoryStream(bytes), false);

    private static string HeaderText(MainDocumentPart main, HeaderFooterValues type)
    {
        var reference = main.Document!.Body!.GetFirstChild<SectionProperties>()!.Elements<HeaderReference>().Single(r => r.Type!.Value == type);
        var header = ((HeaderPart)main.GetPartById(reference.Id!.Value!)).Header!;
        return string.Join("|", header.Elements<Paragraph>().Select(p => string.Concat(p.Descendants().Select(d => d switch
        {
            Text t => t.Text,
            Break => "\n",
            _ => "",
        }))).Where(t => t.Length > 0));
    }
}
