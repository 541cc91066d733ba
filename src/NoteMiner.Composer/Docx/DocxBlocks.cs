using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;
using NoteMiner.Composer.Markdown;

namespace NoteMiner.Composer.Docx;

/// <summary>Turns Markdown blocks into Word paragraphs in the letter's styles.</summary>
internal static class DocxBlocks
{
    public static Paragraph ToParagraph(MarkdownBlock block, string? style = null)
    {
        if (block.Kind == MarkdownBlockKind.Rule)
        {
            return Rule(style);
        }

        var properties = new ParagraphProperties(new ParagraphStyleId { Val = style ?? StyleOf(block) });
        if (block.Kind == MarkdownBlockKind.Bullet)
        {
            properties.Append(new NumberingProperties(
                new NumberingLevelReference { Val = block.Level },
                new NumberingId { Val = DocxStyles.BulletNumberingId }));
        }

        var paragraph = new Paragraph(properties);
        foreach (var run in MarkdownInline.Parse(block.Lines))
        {
            paragraph.Append(ToRun(run));
        }

        return paragraph;
    }

    /// <summary>A paragraph drawn as a horizontal line.</summary>
    public static Paragraph Rule(string? style = null) =>
        new(new ParagraphProperties(
            new ParagraphStyleId { Val = style ?? DocxStyles.NormalStyle },
            new ParagraphBorders(new BottomBorder { Val = BorderValues.Single, Size = 6U, Space = 1U, Color = "808080" })));

    /// <summary>The block cut to its first line (a letterhead's practice name, for later pages).</summary>
    public static MarkdownBlock FirstLine(MarkdownBlock block) =>
        block with { Lines = block.Lines.Take(1).Select(l => l.TrimEnd('\\', ' ')).ToList() };

    private static string StyleOf(MarkdownBlock block) => block.Kind switch
    {
        MarkdownBlockKind.Heading => DocxStyles.HeadingStyle(block.Level),
        MarkdownBlockKind.Quote => DocxStyles.QuoteStyle,
        MarkdownBlockKind.Bullet => DocxStyles.BulletStyle,
        _ => DocxStyles.NormalStyle,
    };

    private static Run ToRun(InlineRun inline)
    {
        if (inline.Break)
        {
            return new Run(new Break());
        }

        var run = new Run();
        if (inline.Bold || inline.Italic)
        {
            var properties = new RunProperties();
            if (inline.Bold)
            {
                properties.Append(new Bold());
            }

            if (inline.Italic)
            {
                properties.Append(new Italic());
            }

            run.Append(properties);
        }

        run.Append(new Text(XmlSafe(inline.Text)) { Space = SpaceProcessingModeValues.Preserve });
        return run;
    }

    /// <summary>Drops characters XML 1.0 cannot hold (control characters from damaged OCR or PDF text).</summary>
    private static string XmlSafe(string text) =>
        text.Any(c => char.IsControl(c) && c is not '\t') ? new string(text.Where(c => !char.IsControl(c) || c == '\t').ToArray()) : text;
}
