namespace NoteMiner.Composer.Tests.Fixtures;

/// <summary>Builds extracted documents from page texts: one <see cref="Line"/> per string, numbered from 1.</summary>
internal static class Documents
{
    public static ExtractedDocument Pdf(string path, params string[][] pages) => Build(path, PageSource.Text, pages);

    public static ExtractedDocument Scan(string path, params string[][] pages) => Build(path, PageSource.Ocr, pages);

    private static ExtractedDocument Build(string path, PageSource source, string[][] pages) =>
        new(path, DocumentKind.Pdf, pages.Select((lines, p) => new Page(
            p + 1,
            source,
            source == PageSource.Ocr ? 88.5 : null,
            612,
            792,
            lines.Select((text, i) => new Line(i + 1, text, new BoundingBox(40, 60 + (14 * i), 560, 72 + (14 * i)))
            {
                Confidence = source == PageSource.Ocr ? 88.5 : null,
            }).ToList())).ToList(), []);
}
