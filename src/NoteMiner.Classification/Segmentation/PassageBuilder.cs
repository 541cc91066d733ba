namespace NoteMiner.Classifier.Segmentation;

/// <summary>
/// Accumulates read lines into passages. A passage stays on one page; text lines continue the open paragraph,
/// field or list item unless a blank line (a gap in line numbers or a vertical gap), a new page, or a long
/// paragraph's sentence end intervenes. DOCX lines are whole paragraphs and never continue.
/// </summary>
internal sealed class PassageBuilder(string file, SegmentationOptions options, bool continuesLines)
{
    private readonly List<Passage> passages = [];
    private readonly List<PageLine> open = [];
    private readonly Dictionary<int, double> margins = [];
    private PassageKind openKind;
    private string? header;
    private string? tableHeader;
    private bool inTable;

    public void Add(PageLine line)
    {
        TrackTable(line);
        switch (line.Kind)
        {
            case LineKind.Header:
                Close();
                header = CleanHeader(line.Line.Text);
                if (options.IncludeHeaders)
                {
                    Start(PassageKind.Header, line);
                    Close();
                }

                break;
            case LineKind.Text when open.Count > 0 && Continues(line):
                open.Add(line);
                break;
            case LineKind.Text:
            case LineKind.Furniture:
                Close();
                Start(PassageKind.Paragraph, line);
                break;
            case LineKind.Field when open.Count > 0 && IsWrappedSentence(line):
                open.Add(line);
                break;
            case LineKind.Field:
                Close();
                Start(PassageKind.Field, line);
                break;
            case LineKind.ListItem:
                Close();
                Start(PassageKind.ListItem, line);
                break;
            case LineKind.TableRow:
                Close();
                Start(PassageKind.TableRow, line);
                Close();
                break;
        }
    }

    public IReadOnlyList<Passage> Finish()
    {
        Close();
        return passages;
    }

    private void Start(PassageKind kind, PageLine line)
    {
        openKind = kind;
        open.Add(line);
    }

    private bool Continues(PageLine next)
    {
        var last = open[^1];
        if (!continuesLines || openKind is PassageKind.TableRow or PassageKind.Header || last.Kind == LineKind.Furniture ||
            next.Page.Number != last.Page.Number || next.Line.Number > last.Line.Number + 1)
        {
            return false;
        }

        var height = last.Line.Box.Height;
        if (height > 0 && next.Line.Box.Y0 - last.Line.Box.Y1 > 0.75 * height)
        {
            return false;
        }

        var text = last.Line.Text.TrimEnd();
        var endsSentence = text.Length > 0 && text[^1] is '.' or '!' or '?';
        if (openKind is PassageKind.Field or PassageKind.ListItem)
        {
            // A field or item wraps onto the next line only when it ran to the margin or the next line reads on in
            // lower case; otherwise the next line is a statement of its own.
            var first = next.Line.Text.TrimStart();
            var readsOn = first.Length > 0 && char.IsLower(first[0]);
            return !endsSentence && (readsOn || last.Line.Box.X1 >= 0.85 * RightMargin(last.Page));
        }

        // A sentence that ends short of the margin ends its paragraph (wrapped lines run to the margin), and a long
        // paragraph is cut at any sentence end, so that one passage does not run across topics.
        return !(endsSentence && (open.Count >= options.MaxParagraphLines || last.Line.Box.X1 < 0.85 * RightMargin(last.Page)));
    }

    /// <summary>
    /// A line that only looks like a field ("patient: two-story house…") because a wrapped sentence broke
    /// before a lower-case word with a colon: the paragraph's last line stops mid-clause and the line reads on.
    /// </summary>
    private bool IsWrappedSentence(PageLine next)
    {
        var first = next.Line.Text.TrimStart();
        var last = open[^1].Line.Text.TrimEnd();
        return openKind == PassageKind.Paragraph && first.Length > 0 && char.IsLower(first[0]) &&
            last.Length > 0 && (char.IsLetterOrDigit(last[^1]) || last[^1] == ',') && Continues(next);
    }

    private double RightMargin(Page page)
    {
        if (!margins.TryGetValue(page.Number, out var margin))
        {
            margins[page.Number] = margin = page.Lines.Count == 0 ? 0 : page.Lines.Max(l => l.Box.X1);
        }

        return margin;
    }

    private void Close()
    {
        if (open.Count == 0)
        {
            return;
        }

        var first = open[0];
        var text = string.Join(' ', open.Select(l => l.Line.Text));
        var confidences = open.Where(l => l.Line.Confidence is not null).Select(l => l.Line.Confidence!.Value).ToList();
        var location = new SourceLocation(
            file,
            first.Page.Number,
            first.Line.Number,
            open[^1].Line.Number,
            BoundingBox.Enclosing(open.Select(l => l.Line.Box)),
            first.Page.Source,
            confidences.Count > 0 ? Math.Round(confidences.Average(), 1) : first.Page.OcrConfidence);
        var passage = new Passage(text, openKind, location)
        {
            Header = openKind == PassageKind.Header ? null : header,
            TableHeader = openKind == PassageKind.TableRow && !ReferenceEquals(first.Line.Text, tableHeader) ? tableHeader : null,
        };
        if (openKind == PassageKind.Field && FieldSyntax.TryParse(text.Trim(), out var label, out var value))
        {
            passage = passage with { FieldLabel = label, FieldValue = value };
        }

        passages.Add(passage);
        open.Clear();
    }

    /// <summary>The first row of a run of table rows is its column headings (a markdown rule row is skipped).</summary>
    private void TrackTable(PageLine line)
    {
        if (line.Kind != LineKind.TableRow)
        {
            inTable = false;
            tableHeader = null;
            return;
        }

        if (!inTable)
        {
            inTable = true;
            tableHeader = line.Line.Text.Any(char.IsDigit) ? null : line.Line.Text; // a data row, not headings
        }
    }

    private static string CleanHeader(string text) => text.Trim().TrimStart('#', '*', ' ').TrimEnd('*', ':', ' ').Trim();
}
