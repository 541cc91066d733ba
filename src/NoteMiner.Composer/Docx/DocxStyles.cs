using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NoteMiner.Composer.Docx;

/// <summary>The letter's style sheet and bullet numbering.</summary>
internal static class DocxStyles
{
    public const string NormalStyle = "Normal";
    public const string QuoteStyle = "Quote";
    public const string BulletStyle = "ListBullet";
    public const string LetterheadStyle = "Header";
    public const string FooterStyle = "Footer";
    public const int BulletNumberingId = 1;

    public static string HeadingStyle(int level) => $"Heading{Math.Clamp(level, 1, 3)}";

    public static void AddTo(MainDocumentPart main, DocxLetterOptions options)
    {
        var part = main.AddNewPart<StyleDefinitionsPart>("rIdStyles");
        var halfPoints = (options.FontSize * 2).ToString(System.Globalization.CultureInfo.InvariantCulture);
        part.Styles = new Styles(
            new DocDefaults(
                new RunPropertiesDefault(new RunPropertiesBaseStyle(
                    new RunFonts { Ascii = options.Font, HighAnsi = options.Font, ComplexScript = options.Font, EastAsia = options.Font },
                    new FontSize { Val = halfPoints },
                    new FontSizeComplexScript { Val = halfPoints },
                    new Languages { Val = "en-US" })),
                new ParagraphPropertiesDefault(new ParagraphPropertiesBaseStyle(
                    new SpacingBetweenLines { After = "160", Line = "259", LineRule = LineSpacingRuleValues.Auto }))),
            Paragraph(NormalStyle, "Normal", null, isDefault: true),
            Heading(1, 28, before: "360"),
            Heading(2, 24, before: "240"),
            Heading(3, 22, before: "200"),
            Paragraph(QuoteStyle, "Quote", new StyleParagraphProperties(
                new KeepLines(),
                new ParagraphBorders(new LeftBorder { Val = BorderValues.Single, Size = 12U, Space = 8U, Color = "A0A0A0" }),
                new SpacingBetweenLines { Before = "60", After = "160" },
                new Indentation { Left = "567", Right = "567" }),
                new StyleRunProperties(new Color { Val = "303030" })),
            Paragraph(BulletStyle, "List Bullet", new StyleParagraphProperties(
                new NumberingProperties(new NumberingId { Val = BulletNumberingId }),
                new SpacingBetweenLines { After = "80" })),
            Paragraph(LetterheadStyle, "header", new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0", Line = "240", LineRule = LineSpacingRuleValues.Auto })),
            Paragraph(FooterStyle, "footer", new StyleParagraphProperties(
                new SpacingBetweenLines { After = "0" }),
                new StyleRunProperties(new FontSize { Val = "18" }, new FontSizeComplexScript { Val = "18" })));
        part.Styles.Save();
    }

    public static void AddNumbering(MainDocumentPart main)
    {
        var part = main.AddNewPart<NumberingDefinitionsPart>("rIdNumbering");
        part.Numbering = new Numbering(
            new AbstractNum(BulletLevel(0, "•", 720), BulletLevel(1, "◦", 1440)) { AbstractNumberId = 0 },
            new NumberingInstance(new AbstractNumId { Val = 0 }) { NumberID = BulletNumberingId });
        part.Numbering.Save();
    }

    private static Level BulletLevel(int level, string bullet, int indent) =>
        new(
            new StartNumberingValue { Val = 1 },
            new NumberingFormat { Val = NumberFormatValues.Bullet },
            new LevelText { Val = bullet },
            new LevelJustification { Val = LevelJustificationValues.Left },
            new PreviousParagraphProperties(new Indentation { Left = indent.ToString(System.Globalization.CultureInfo.InvariantCulture), Hanging = "360" }))
        { LevelIndex = level };

    private static Style Heading(int level, int halfPoints, string before) =>
        Paragraph(HeadingStyle(level), $"heading {level}", new StyleParagraphProperties(
                new KeepNext(),
                new SpacingBetweenLines { Before = before, After = "120" },
                new OutlineLevel { Val = level - 1 }),
            new StyleRunProperties(
                new Bold(),
                new FontSize { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) },
                new FontSizeComplexScript { Val = halfPoints.ToString(System.Globalization.CultureInfo.InvariantCulture) }));

    private static Style Paragraph(string id, string name, StyleParagraphProperties? paragraph, StyleRunProperties? run = null, bool isDefault = false)
    {
        var style = new Style { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = OnOffValue.FromBoolean(true);
        }

        style.Append(new StyleName { Val = name });
        if (id != NormalStyle)
        {
            style.Append(new BasedOn { Val = NormalStyle });
            style.Append(new NextParagraphStyle { Val = id.StartsWith("Heading", StringComparison.Ordinal) ? NormalStyle : id });
        }

        style.Append(new PrimaryStyle());
        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
