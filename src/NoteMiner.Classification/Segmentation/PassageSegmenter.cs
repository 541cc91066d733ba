namespace NoteMiner.Classifier.Segmentation;

/// <summary>
/// Cuts an extracted document into passages: section headers (kept as context), <c>Label: value</c> fields,
/// list items, table rows and paragraphs. Each passage's text is its lines joined with single spaces, verbatim,
/// with file, page, line range, box, source and OCR confidence. Stateless and thread-safe.
/// </summary>
public sealed class PassageSegmenter(SegmentationOptions options)
{
    public PassageSegmenter()
        : this(SegmentationOptions.Default)
    {
    }

    public SegmentationOptions Options { get; } = options ?? throw new ArgumentNullException(nameof(options));

    public IReadOnlyList<Passage> Segment(ExtractedDocument document)
    {
        ArgumentNullException.ThrowIfNull(document);
        var reader = new LineReader(Options, BodyFontSize(document));
        var lines = document.Pages
            .SelectMany(page => page.Lines.Select(line => new PageLine(page, line, reader.Read(line))))
            .Where(l => Options.IncludePageFurniture || l.Kind != LineKind.Furniture)
            .Where(l => l.Line.Text.Trim().Length > 0)
            .ToList();
        var builder = new PassageBuilder(document.Path, Options, continuesLines: document.Kind != DocumentKind.Docx);
        for (var i = 0; i < lines.Count; i++)
        {
            var current = lines[i];
            var kind = current.Kind;
            if (kind == LineKind.Field && IsSectionHeaderField(reader, current, i + 1 < lines.Count ? lines[i + 1] : null))
            {
                kind = LineKind.Header;
            }
            else if (kind == LineKind.Header && current.Line.Text.TrimEnd().EndsWith(':') && !HasContentAfter(lines, i))
            {
                // "CAREGIVER:" followed by another header or nothing is a blank field, not a section.
                kind = LineKind.Field;
            }

            builder.Add(current with { Kind = kind });
        }

        return builder.Finish();
    }

    /// <summary>An empty-valued field that heads what follows it ("Goals:" above a list) rather than a blank field.</summary>
    private static bool IsSectionHeaderField(LineReader reader, PageLine current, PageLine? next)
    {
        if (!FieldSyntax.TryParse(current.Line.Text.Trim(), out _, out var value) || value.Length > 0 || next is null)
        {
            return false;
        }

        if (next.Kind == LineKind.Header || (next.Kind == LineKind.Field && IsEmptyField(next)))
        {
            return false;
        }

        // Layout or capitals make it a header; a known name alone does not, as forms list blank fields by name.
        if (reader.LooksLikeHeader(current.Line, current.Line.Text.Trim(), byName: false))
        {
            return true;
        }

        var indented = next.Page == current.Page && next.Line.Box.X0 > current.Line.Box.X0 + 0.5 * Math.Max(1, current.Line.Box.Height);
        return next.Kind is LineKind.Text or LineKind.ListItem or LineKind.TableRow || indented;
    }

    private static bool HasContentAfter(List<PageLine> lines, int index) =>
        index + 1 < lines.Count && lines[index + 1].Kind != LineKind.Header && !IsEmptyField(lines[index + 1]);

    private static bool IsEmptyField(PageLine line) =>
        FieldSyntax.TryParse(line.Line.Text.Trim(), out _, out var value) && value.Length == 0;

    /// <summary>The most common font size of the document's lines (by characters), when the format reports sizes.</summary>
    private static double? BodyFontSize(ExtractedDocument document)
    {
        var sizes = document.Pages.SelectMany(p => p.Lines)
            .Where(l => l.FontSize is > 0)
            .GroupBy(l => Math.Round(l.FontSize!.Value, 1))
            .Select(g => (Size: g.Key, Chars: g.Sum(l => l.Text.Length)))
            .OrderByDescending(g => g.Chars)
            .ThenBy(g => g.Size)
            .ToList();
        return sizes.Count == 0 ? null : sizes[0].Size;
    }
}
