using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteMiner.Pipeline.Tests.Gold;

/// <summary>
/// Writes a one-page, two-column text PDF (Helvetica 9 pt) from plain text: a <c># title</c> across the page,
/// then paragraphs (one per line) in the left column until <c>===column===</c>, the rest in the right column.
/// </summary>
internal static class TwoColumnPdfWriter
{
    private const double Size = 9;
    private const double Leading = 11.5;
    private const double ParagraphGap = 7;
    private const int ColumnChars = 52;
    private static readonly double[] ColumnLeft = [50, 320];

    public static byte[] Render(string source)
    {
        var builder = new PdfDocumentBuilder();
        var regular = builder.AddStandard14Font(Standard14Font.Helvetica);
        var bold = builder.AddStandard14Font(Standard14Font.HelveticaBold);
        var page = builder.AddPage(PageSize.Letter);
        var top = 740.0;
        var column = 0;
        var y = top;
        foreach (var line in source.Replace("\r\n", "\n", StringComparison.Ordinal).Split('\n').Select(l => l.TrimEnd()))
        {
            if (line.Length == 0 || line.StartsWith("//", StringComparison.Ordinal))
            {
                continue;
            }

            if (line.StartsWith("# ", StringComparison.Ordinal))
            {
                page.AddText(line[2..], 14, new PdfPoint(ColumnLeft[0], y), bold);
                top = y -= 30;
                continue;
            }

            if (line == "===column===")
            {
                column = 1;
                y = top;
                continue;
            }

            foreach (var wrapped in Wrap(line))
            {
                page.AddText(wrapped, Size, new PdfPoint(ColumnLeft[column], y), regular);
                y -= Leading;
            }

            y -= ParagraphGap;
        }

        return builder.Build();
    }

    private static IEnumerable<string> Wrap(string text)
    {
        var line = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (line.Length > 0 && line.Length + 1 + word.Length > ColumnChars)
            {
                yield return line;
                line = word;
            }
            else
            {
                line = line.Length == 0 ? word : line + " " + word;
            }
        }

        if (line.Length > 0)
        {
            yield return line;
        }
    }
}
