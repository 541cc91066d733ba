using UglyToad.PdfPig.Content;
using UglyToad.PdfPig.Core;
using UglyToad.PdfPig.Fonts.Standard14Fonts;
using UglyToad.PdfPig.Writer;

namespace NoteMiner.Samples.Tests.Generation;

/// <summary>
/// Renders a <see cref="ChartSource"/> as a US Letter text PDF in Helvetica: the running header on every
/// page, the footer with "Page N of M", bold headings, wrapped paragraphs, hanging list items and simple
/// ruled tables whose columns are sized to their widest cell.
/// </summary>
internal sealed class PdfChartWriter
{
    private const double Left = 54;
    private const double Right = 558;
    private const double Top = 712;
    private const double Bottom = 62;
    private const double BodySize = 9.5;
    private const double Leading = 12.5;
    private const double TableSize = 9;
    private const double CellGap = 12;

    private readonly PdfDocumentBuilder _builder = new();
    private readonly PdfDocumentBuilder.AddedFont _regular;
    private readonly PdfDocumentBuilder.AddedFont _bold;
    private readonly PdfDocumentBuilder.AddedFont _mono;
    private readonly List<PdfPageBuilder> _pages = [];
    private double _y;

    private PdfChartWriter()
    {
        _regular = _builder.AddStandard14Font(Standard14Font.Helvetica);
        _bold = _builder.AddStandard14Font(Standard14Font.HelveticaBold);
        _mono = _builder.AddStandard14Font(Standard14Font.Courier);
    }

    private PdfPageBuilder Page => _pages[^1];

    public static byte[] Render(ChartSource source, string title)
    {
        var writer = new PdfChartWriter();
        writer._builder.DocumentInformation.Title = title;
        writer._builder.DocumentInformation.Producer = "NoteMiner sample generator";
        writer.NewPage();
        var blocks = source.Blocks;
        for (var i = 0; i < blocks.Count; i++)
        {
            if (blocks[i].Kind == BlockKind.TableRow)
            {
                var end = i;
                while (end < blocks.Count && blocks[end].Kind == BlockKind.TableRow)
                {
                    end++;
                }

                writer.Table(blocks.Skip(i).Take(end - i).ToList());
                i = end - 1;
            }
            else
            {
                writer.Block(blocks[i]);
            }
        }

        writer.Furniture(source);
        return PdfIdentity.MakeDeterministic(writer._builder.Build());
    }

    private void Block(MarkupBlock block)
    {
        switch (block.Kind)
        {
            case BlockKind.PageBreak:
                NewPage();
                break;
            case BlockKind.Title:
                Wrapped(block.Text, _bold, 14, 19, indent: 0, prefix: null);
                _y -= 4;
                break;
            case BlockKind.Heading:
                // Keep a heading with at least two lines of what follows it.
                EnsureRoom(Leading * 4);
                _y -= 7;
                Wrapped(block.Text, _bold, 11, 15, indent: 0, prefix: null);
                break;
            case BlockKind.Bold:
                Wrapped(block.Text, _bold, BodySize, Leading, indent: 0, prefix: null);
                break;
            case BlockKind.ListItem:
                Wrapped(block.Text, _regular, BodySize, Leading, indent: 12, prefix: "-");
                break;
            default:
                Wrapped(block.Text, _regular, BodySize, Leading, indent: 0, prefix: null);
                break;
        }
    }

    private void Wrapped(string text, PdfDocumentBuilder.AddedFont font, double size, double leading, double indent, string? prefix)
    {
        var lines = Wrap(text, font, size, Right - Left - indent);
        for (var i = 0; i < lines.Count; i++)
        {
            EnsureRoom(leading);
            _y -= leading;
            if (i == 0 && prefix is not null)
            {
                Page.AddText(prefix, size, new PdfPoint(Left + 2, _y), font);
            }

            Page.AddText(lines[i], size, new PdfPoint(Left + indent, _y), font);
        }
    }

    private void Table(IReadOnlyList<MarkupBlock> rows)
    {
        var columns = rows.Max(r => r.Cells.Count);
        var widths = new double[columns];
        foreach (var row in rows)
        {
            for (var c = 0; c < row.Cells.Count; c++)
            {
                widths[c] = Math.Max(widths[c], Width(row.Cells[c], row.FirstRow ? _bold : _regular, TableSize));
            }
        }

        var total = widths.Sum() + CellGap * (columns - 1);
        if (total > Right - Left)
        {
            throw new InvalidOperationException($"Table row too wide ({total:0} pt): {rows[0].Text}");
        }

        _y -= 3;
        foreach (var row in rows)
        {
            EnsureRoom(Leading + 2);
            _y -= Leading;
            var x = Left;
            for (var c = 0; c < row.Cells.Count; c++)
            {
                if (row.Cells[c].Length > 0)
                {
                    Page.AddText(row.Cells[c], TableSize, new PdfPoint(x, _y), row.FirstRow ? _bold : _regular);
                }

                x += widths[c] + CellGap;
            }

            var ruleY = _y - 3.5;
            Page.DrawLine(new PdfPoint(Left, ruleY), new PdfPoint(Left + total, ruleY), row.FirstRow ? 0.8 : 0.3);
        }

        _y -= 4;
    }

    private void Furniture(ChartSource source)
    {
        for (var p = 0; p < _pages.Count; p++)
        {
            var page = _pages[p];
            if (source.FaxBanner is { } banner)
            {
                // A fax machine stamps its own line at the very top, above the sender's page.
                page.AddText(banner, 8, new PdfPoint(30, 776), _mono);
            }

            if (source.Header.Count == 0 && source.Footer.Count == 0)
            {
                continue;
            }

            var y = 756.0;
            for (var h = 0; h < source.Header.Count; h++)
            {
                page.AddText(source.Header[h], h == 0 ? 12 : 8, new PdfPoint(Left, y), h == 0 ? _bold : _regular);
                y -= h == 0 ? 12 : 10;
            }

            page.DrawLine(new PdfPoint(Left, y + 4), new PdfPoint(Right, y + 4), 0.8);
            page.DrawLine(new PdfPoint(Left, 48), new PdfPoint(Right, 48), 0.5);
            if (source.Footer.Count > 0)
            {
                page.AddText(source.Footer[0], 8, new PdfPoint(Left, 36), _regular);
            }

            var number = $"Page {p + 1} of {_pages.Count}";
            page.AddText(number, 8, new PdfPoint(Right - Width(number, _regular, 8), 36), _regular);
        }
    }

    private void EnsureRoom(double height)
    {
        if (_y - height < Bottom)
        {
            NewPage();
        }
    }

    private void NewPage()
    {
        _pages.Add(_builder.AddPage(PageSize.Letter));
        _y = Top;
    }

    private List<string> Wrap(string text, PdfDocumentBuilder.AddedFont font, double size, double width)
    {
        var lines = new List<string>();
        var current = "";
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Width(candidate, font, size) > width)
            {
                lines.Add(current);
                current = word;
            }
            else
            {
                current = candidate;
            }
        }

        if (current.Length > 0)
        {
            lines.Add(current);
        }

        return lines;
    }

    private double Width(string text, PdfDocumentBuilder.AddedFont font, double size)
    {
        if (text.Length == 0)
        {
            return 0;
        }

        var letters = Page.MeasureText(text, size, new PdfPoint(0, 0), font);
        return letters[^1].EndBaseLine.X - letters[0].StartBaseLine.X;
    }
}
