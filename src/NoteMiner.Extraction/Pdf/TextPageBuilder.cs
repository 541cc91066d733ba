namespace NoteMiner.Extraction.Pdf;

/// <summary>Turns a page's glyphs into numbered lines in reading order, with boxes in display points.</summary>
internal static class TextPageBuilder
{
    public static (Page Page, SizeHistogram Sizes) Build(int number, PageGlyphs glyphs, DisplaySpace space)
    {
        var sizes = new SizeHistogram();
        var lines = new List<Line>();
        var band = space.Height * PageGlyphs.MarginBand;

        // The direction most of the page is written in is read first; sideways margin notes come after.
        var directions = Enumerable.Range(0, TextFrames.Count)
            .Where(d => glyphs.ByDirection[d].Count > 0)
            .OrderByDescending(d => glyphs.ByDirection[d].Count)
            .ThenBy(d => d);
        foreach (var d in directions)
        {
            var direction = (TextDirection)d;
            foreach (var row in ReadingOrder.Order(FragmentBuilder.Build(glyphs.ByDirection[d])))
            {
                var (line, lineSizes) = ToLine(lines.Count + 1, row, direction);
                lines.Add(line);

                // Running headers and footers are often small print; on a short page they would pass for the body.
                if (line.Box.Y0 >= band && line.Box.Y1 <= space.Height - band)
                {
                    sizes.Add(lineSizes);
                }
            }
        }

        return (new Page(number, PageSource.Text, null, space.Width, space.Height, lines), sizes);
    }

    private static (Line Line, SizeHistogram Sizes) ToLine(int number, List<TextFragment> row, TextDirection direction)
    {
        var words = new List<Word>();
        var lineSizes = new SizeHistogram();
        var letters = 0;
        var boldLetters = 0;
        foreach (var fragment in row)
        {
            foreach (var word in fragment.Words)
            {
                words.Add(new Word(word.Text.ToString(), TextFrames.ToDisplay(direction, word.U0, word.Top, word.U1, word.Bottom)));
            }

            foreach (var (size, count) in fragment.Sizes)
            {
                lineSizes.Add(size, count);
            }

            letters += fragment.Letters;
            boldLetters += fragment.BoldLetters;
        }

        var text = string.Join(' ', words.Select(w => w.Text));
        var line = new Line(number, text, BoundingBox.Enclosing(words.Select(w => w.Box)))
        {
            FontSize = lineSizes.Dominant(),
            Style = letters > 0 && boldLetters == letters ? LineStyle.Bold : LineStyle.None,
            Words = words,
        };
        return (line, lineSizes);
    }
}
