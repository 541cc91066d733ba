namespace NoteMiner.Classifier.Tests.Segmentation;

/// <summary>Builds pages the way the extractors do: PDF lines in points with font sizes, DOCX lines in line units, OCR lines with confidences.</summary>
internal static class PageBuilder
{
    /// <summary>A PDF page: 12 pt body lines 14 pt apart from y = 72; a blank line is a 28 pt step.</summary>
    public static Page Pdf(int number, params (string Text, double Size, LineStyle Style, bool GapBefore)[] lines)
    {
        var result = new List<Line>();
        var y = 72.0;
        for (var i = 0; i < lines.Length; i++)
        {
            var (text, size, style, gap) = lines[i];
            y += gap ? 28 : 0;
            result.Add(new Line(i + 1, text, new BoundingBox(72, y, 72 + (text.Length * size * 0.5), y + size)) { FontSize = size, Style = style });
            y += 14 + (size - 12);
        }

        return new Page(number, PageSource.Text, null, 612, 792, result);
    }

    /// <summary>A DOCX page: one line per paragraph or table row, boxes in line units.</summary>
    public static Page Docx(params (string Text, LineStyle Style)[] lines) =>
        new(1, PageSource.Text, null, 1, lines.Length, lines
            .Select((l, i) => new Line(i + 1, l.Text, new BoundingBox(0, i, 1, i + 1)) { Style = l.Style })
            .ToList());

    /// <summary>An OCR page in pixels at 300 dpi: 40 px line pitch, a blank line is an extra 50 px.</summary>
    public static Page Ocr(int number, params (string Text, double Confidence, bool GapBefore)[] lines)
    {
        var result = new List<Line>();
        var y = 200.0;
        for (var i = 0; i < lines.Length; i++)
        {
            var (text, confidence, gap) = lines[i];
            y += gap ? 50 : 0;
            var words = text.Split(' ').Select((w, k) => new Word(w, new BoundingBox(150 + (k * 90), y, 230 + (k * 90), y + 32), confidence)).ToList();
            result.Add(new Line(i + 1, text, new BoundingBox(150, y, 150 + (text.Length * 18), y + 32)) { Confidence = confidence, Words = words });
            y += 40;
        }

        return new Page(number, PageSource.Ocr, lines.Length == 0 ? null : lines.Average(l => l.Confidence), 2550, 3300, result);
    }

    public static (string, double, LineStyle, bool) Body(string text, bool gapBefore = false) => (text, 12, LineStyle.None, gapBefore);

    public static (string, double, LineStyle, bool) Large(string text) => (text, 16, LineStyle.None, true);

    public static (string, double, LineStyle, bool) Bold(string text) => (text, 12, LineStyle.Bold, true);
}
