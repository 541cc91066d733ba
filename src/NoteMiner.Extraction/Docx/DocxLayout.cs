namespace NoteMiner.Extraction.Docx;

/// <summary>
/// Collects a DOCX's lines into pages. Breaks are applied lazily, when content follows them, so a break at
/// the very end of the document does not leave an empty last page; consecutive breaks do leave the empty page
/// Word shows. One instance per document.
/// </summary>
internal sealed class DocxLayout
{
    private readonly List<List<(string Text, LineStyle Style)>> _pages = [[]];
    private readonly int _maxPages;
    private int _pendingBreaks;
    private bool _pageHasContent;

    public DocxLayout(int maxPages)
    {
        _maxPages = maxPages;
    }

    /// <summary>Pages started so far, breaks not yet applied included.</summary>
    public int PageCount => _pages.Count + _pendingBreaks;

    /// <summary>True once the page limit is passed; readers stop then.</summary>
    public bool OverPageLimit => PageCount > _maxPages;

    /// <summary>Every line collected, in order, ignoring pages (for headers and footers).</summary>
    public IEnumerable<(string Text, LineStyle Style)> AllLines => _pages.SelectMany(p => p);

    /// <summary>An explicit page break (<c>w:br w:type="page"</c>).</summary>
    public void BreakPage() => _pendingBreaks++;

    /// <summary>A break that only counts after content: page break before, a new-page section.</summary>
    public void BreakPageIfContent()
    {
        if (_pendingBreaks == 0 && _pageHasContent)
        {
            _pendingBreaks = 1;
        }
    }

    /// <summary>Something that occupies the page, even an empty paragraph; applies pending breaks.</summary>
    public void MarkContent()
    {
        for (; _pendingBreaks > 0 && !OverPageLimit; _pendingBreaks--)
        {
            _pages.Add([]);
            _pageHasContent = false;
        }

        _pageHasContent = true;
    }

    /// <summary>Adds a line to the current page; blank text only marks the page as used.</summary>
    public void Add(string text, LineStyle style)
    {
        MarkContent();
        var trimmed = text.Trim();
        if (trimmed.Length > 0)
        {
            _pages[^1].Add((trimmed, style));
        }
    }

    /// <summary>
    /// The pages, header lines first on page 1 and footer lines last on the last page. Boxes are in line
    /// units: x spans the text's characters, y is the line's index on its page.
    /// </summary>
    public IReadOnlyList<Page> Build(
        IReadOnlyList<(string Text, LineStyle Style)> header, IReadOnlyList<(string Text, LineStyle Style)> footer)
    {
        var pages = new List<Page>(_pages.Count);
        for (var p = 0; p < _pages.Count; p++)
        {
            IEnumerable<(string Text, LineStyle Style)> content = _pages[p];
            if (p == 0)
            {
                content = header.Concat(content);
            }

            if (p == _pages.Count - 1)
            {
                content = content.Concat(footer);
            }

            var lines = content
                .Select((line, i) => new Line(i + 1, line.Text, new BoundingBox(0, i, line.Text.Length, i + 1)) { Style = line.Style })
                .ToList();
            var width = lines.Count == 0 ? 0 : lines.Max(l => l.Text.Length);
            pages.Add(new Page(p + 1, PageSource.Text, null, width, lines.Count, lines));
        }

        return pages;
    }
}
