namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// Turns Tesseract's lines into a <see cref="Page"/>: numbers the lines, joins their words, averages the
/// confidences, maps boxes from the upright image Tesseract read back to the image as stored, scaled to
/// the page's units when the caller gave them, and marks the rows of tables (<see cref="TableRows"/>).
/// </summary>
internal static class OcrPageBuilder
{
    /// <param name="number">The page number.</param>
    /// <param name="lines">Lines in reading order, boxes in pixels of the image after <paramref name="quarterTurns"/>.</param>
    /// <param name="width">Width of the image as stored, in pixels.</param>
    /// <param name="height">Height of the image as stored, in pixels.</param>
    /// <param name="quarterTurns">Clockwise quarter turns applied to the stored image before recognition.</param>
    /// <param name="image">The page image, whose page size (if any) boxes are scaled to.</param>
    public static Page Build(int number, IReadOnlyList<RecognizedLine> lines, int width, int height, int quarterTurns, PageImage image)
    {
        var scaled = image.PageWidth is > 0 && image.PageHeight is > 0;
        var pageWidth = scaled ? image.PageWidth!.Value : width;
        var pageHeight = scaled ? image.PageHeight!.Value : height;
        var sx = pageWidth / width;
        var sy = pageHeight / height;
        BoundingBox Map(BoundingBox box) => Scale(Unrotate(box, width, height, quarterTurns), sx, sy);

        var pageLines = new List<Line>(lines.Count);
        var confidences = new List<double>();
        foreach (var line in lines)
        {
            var words = line.Words
                .Where(w => w.Text.Length > 0)
                .Select(w => w with { Box = Map(w.Box) })
                .ToList();
            var text = string.Join(' ', words.Select(w => w.Text)).Trim();
            if (text.Length == 0)
            {
                continue;
            }

            var lineConfidence = words.Average(w => w.Confidence ?? 0);
            confidences.AddRange(words.Select(w => w.Confidence ?? 0));
            pageLines.Add(new Line(pageLines.Count + 1, text, Map(line.Box))
            {
                Confidence = Math.Round(lineConfidence, 2),
                Words = words,
            });
        }

        var pageConfidence = confidences.Count > 0 ? Math.Round(confidences.Average(), 2) : 0;
        var page = new Page(number, PageSource.Ocr, pageConfidence, pageWidth, pageHeight, pageLines);
        return quarterTurns == 0 ? TableRows.Mark(page) : page; // a turned page's boxes are the stored image's, not upright
    }

    /// <summary>Maps a box in the image turned clockwise by <paramref name="quarterTurns"/> back to the image as stored.</summary>
    internal static BoundingBox Unrotate(BoundingBox box, double width, double height, int quarterTurns)
    {
        (double X, double Y) Back(double x, double y) => quarterTurns switch
        {
            1 => (y, height - x),
            2 => (width - x, height - y),
            3 => (width - y, x),
            _ => (x, y),
        };

        var (ax, ay) = Back(box.X0, box.Y0);
        var (bx, by) = Back(box.X1, box.Y1);
        return new BoundingBox(Math.Min(ax, bx), Math.Min(ay, by), Math.Max(ax, bx), Math.Max(ay, by));
    }

    private static BoundingBox Scale(BoundingBox box, double sx, double sy) =>
        new(Math.Round(box.X0 * sx, 2), Math.Round(box.Y0 * sy, 2), Math.Round(box.X1 * sx, 2), Math.Round(box.Y1 * sy, 2));
}
