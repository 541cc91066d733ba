using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NoteMiner.Extraction.Docx;

/// <summary>
/// Reads block content (the body, a header, a text box) into a <see cref="DocxLayout"/> in document order:
/// a paragraph is a line (then its text boxes), a table row is a line with its cells joined by <c> | </c>.
/// Empty cells are left out of a row (a row of empty cells is no line) so the text reads cleanly; a cell
/// covered by a merge is read once, in the cell where the merge starts.
/// Recursion follows the XML, whose depth <see cref="DocxPackageGuard"/> has bounded.
/// </summary>
internal sealed class DocxBlocks
{
    private readonly DocxStyles _styles;
    private readonly DocxLayout _layout;
    private readonly CancellationToken _cancellationToken;
    private readonly string _cellSeparator;
    private readonly Dictionary<SectionProperties, SectionProperties> _nextSection = [];

    public DocxBlocks(DocxStyles styles, DocxLayout layout, CancellationToken cancellationToken)
        : this(styles, layout, cancellationToken, " | ")
    {
    }

    private DocxBlocks(DocxStyles styles, DocxLayout layout, CancellationToken cancellationToken, string cellSeparator)
    {
        _styles = styles;
        _layout = layout;
        _cancellationToken = cancellationToken;
        _cellSeparator = cellSeparator;
    }

    /// <summary>Reads the body, with page breaks, pages before a paragraph and new-page section breaks.</summary>
    public void ReadBody(Body body)
    {
        var sections = DocxSections.InOrder(body);
        for (var i = 0; i + 1 < sections.Count; i++)
        {
            _nextSection[sections[i]] = sections[i + 1];
        }

        Read(body, allowBreaks: true, LineStyle.None);
    }

    /// <summary>Reads blocks with no page breaks (headers, footers, text boxes), marking every line with <paramref name="extra"/>.</summary>
    public void ReadFlow(OpenXmlElement container, LineStyle extra) => Read(container, allowBreaks: false, extra);

    /// <summary>The one branch of an <c>mc:AlternateContent</c> to read: the first choice, else the fallback.</summary>
    public static OpenXmlElement? Branch(AlternateContent alternate) =>
        (OpenXmlElement?)alternate.GetFirstChild<AlternateContentChoice>() ?? alternate.GetFirstChild<AlternateContentFallback>();

    private void Read(OpenXmlElement container, bool allowBreaks, LineStyle extra)
    {
        foreach (var child in container.ChildElements)
        {
            _cancellationToken.ThrowIfCancellationRequested();
            if (_layout.OverPageLimit)
            {
                return;
            }

            switch (child)
            {
                case Paragraph paragraph:
                    ReadParagraph(paragraph, allowBreaks, extra);
                    break;
                case Table table:
                    ReadTable(table, extra);
                    break;
                case SdtBlock or SdtContentBlock or CustomXmlBlock:
                    Read(child, allowBreaks, extra);
                    break;
                case AlternateContent alternate when Branch(alternate) is { } branch:
                    Read(branch, allowBreaks, extra);
                    break;
            }
        }
    }

    private void ReadParagraph(Paragraph paragraph, bool allowBreaks, LineStyle extra)
    {
        if (allowBreaks && _styles.HasPageBreakBefore(paragraph))
        {
            _layout.BreakPageIfContent();
        }

        var text = DocxParagraphText.Read(paragraph, _styles);
        var style = extra
            | (_styles.IsHeading(paragraph) ? LineStyle.Heading : LineStyle.None)
            | (_styles.IsListItem(paragraph) ? LineStyle.ListItem : LineStyle.None)
            | (text.AllBold ? LineStyle.Bold : LineStyle.None);
        if (allowBreaks)
        {
            var segments = text.Segments;
            for (var i = 0; i < segments.Count; i++)
            {
                if (i > 0)
                {
                    _layout.BreakPage();
                }

                // The empty remainder after a break ("Insert page break" at the end) starts no page by itself.
                if (i == 0 || !string.IsNullOrWhiteSpace(segments[i]))
                {
                    _layout.Add(segments[i], style);
                }
            }
        }
        else
        {
            _layout.Add(text.Text, style);
        }

        foreach (var box in text.TextBoxes)
        {
            Read(box, allowBreaks: false, extra);
        }

        if (allowBreaks && paragraph.ParagraphProperties?.SectionProperties is { } ending
            && _nextSection.TryGetValue(ending, out var next) && DocxSections.StartsNewPage(next))
        {
            _layout.BreakPageIfContent();
        }
    }

    private void ReadTable(Table table, LineStyle extra)
    {
        foreach (var row in Items<TableRow>(table))
        {
            _cancellationToken.ThrowIfCancellationRequested();
            var cells = Items<TableCell>(row)
                .Where(cell => !IsMergedContinuation(cell))
                .Select(FlattenCell)
                .Where(text => text.Length > 0);
            _layout.Add(string.Join(_cellSeparator, cells), LineStyle.TableRow | extra);
        }
    }

    /// <summary>
    /// A cell's paragraphs, nested tables and text boxes as one run of text; a nested table's cells are joined
    /// with spaces so that <c> | </c> keeps separating the outer row's cells only.
    /// </summary>
    private string FlattenCell(OpenXmlElement container)
    {
        var flow = new DocxLayout(int.MaxValue);
        new DocxBlocks(_styles, flow, _cancellationToken, " ").ReadFlow(container, LineStyle.None);
        return string.Join(' ', flow.AllLines.Select(l => l.Text));
    }

    /// <summary>A cell covered by the merged cell above (vMerge) or to its left (legacy hMerge): shown once.</summary>
    private static bool IsMergedContinuation(TableCell cell)
    {
        var properties = cell.TableCellProperties;
        return properties?.VerticalMerge is { } vertical && (vertical.Val is null || vertical.Val.Value == MergedCellValues.Continue)
            || properties?.HorizontalMerge is { } horizontal && (horizontal.Val is null || horizontal.Val.Value == MergedCellValues.Continue);
    }

    /// <summary>
    /// The rows of a table or the cells of a row, also those wrapped in content controls or custom XML;
    /// does not descend into the items themselves, so nested tables stay in their cell.
    /// </summary>
    private static IEnumerable<T> Items<T>(OpenXmlElement parent)
        where T : OpenXmlElement
    {
        foreach (var child in parent.ChildElements)
        {
            if (child is T item)
            {
                yield return item;
            }
            else if (child is not (TableProperties or TableGrid or TableRowProperties or SdtProperties))
            {
                foreach (var nested in Items<T>(child))
                {
                    yield return nested;
                }
            }
        }
    }
}
