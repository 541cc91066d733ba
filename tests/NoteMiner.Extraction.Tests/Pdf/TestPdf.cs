using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteMiner.Extraction.Tests.Pdf;

/// <summary>Writes test PDFs with PdfPig's builder and the standard 14 fonts; US Letter pages (612×792 pt).</summary>
internal sealed class TestPdf
{
    public const double PageHeight = 792;

    private readonly PdfDocumentBuilder _builder = new();

    public TestPdf()
    {
        Regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        Bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
    }

    public PdfDocumentBuilder.AddedFont Regular { get; }

    public PdfDocumentBuilder.AddedFont Bold { get; }

    public PdfPageBuilder AddPage() => _builder.AddPage(PageSize.Letter);

    public byte[] Build() => _builder.Build();

    /// <summary>Writes <paramref name="text"/> with its baseline <paramref name="top"/> points below the top edge.</summary>
    public void Text(PdfPageBuilder page, string text, double x, double top, double size = 10, bool bold = false) =>
        page.AddText(text, size, new PdfPoint(x, PageHeight - top), bold ? Bold : Regular);

    /// <summary>Wraps <paramref name="text"/> into lines no wider than <paramref name="width"/>; returns the lines' count.</summary>
    public int Paragraph(PdfPageBuilder page, string text, double x, double top, double width, double size = 10, double leading = 12)
    {
        var lines = 0;
        var line = "";
        foreach (var word in text.Split(' '))
        {
            var candidate = line.Length == 0 ? word : line + " " + word;
            if (line.Length > 0 && Width(page, candidate, size) > width)
            {
                Text(page, line, x, top + (lines++ * leading), size);
                line = word;
            }
            else
            {
                line = candidate;
            }
        }

        Text(page, line, x, top + (lines++ * leading), size);
        return lines;
    }

    public double Width(PdfPageBuilder page, string text, double size)
    {
        var letters = page.MeasureText(text, size, new PdfPoint(0, 0), Regular);
        return letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }

    /// <summary>A page that is only a picture, as a scanner makes it.</summary>
    public PdfPageBuilder ScanPage(byte[] png, PdfRectangle? placement = null)
    {
        var page = AddPage();
        page.AddPng(png, placement ?? new PdfRectangle(0, 0, 612, PageHeight));
        return page;
    }
}
