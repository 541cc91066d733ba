namespace NoteMiner.Classifier.Segmentation;

/// <summary>
/// Decides what each line is from its layout (extractor styles, font size against the body size) and its text
/// (all caps, trailing colon, a known section name, a field, a list marker, a pipe-separated row).
/// </summary>
internal sealed class LineReader(SegmentationOptions options, double? bodyFontSize)
{
    public LineKind Read(Line line)
    {
        var text = line.Text.Trim();
        if (line.Style.HasFlag(LineStyle.PageFurniture))
        {
            return LineKind.Furniture;
        }

        if (line.Style.HasFlag(LineStyle.TableRow) || text.Count(c => c == '|') >= 2)
        {
            return LineKind.TableRow;
        }

        if (line.Style.HasFlag(LineStyle.Heading) && text.Length <= options.MaxHeaderLength * 2)
        {
            return LineKind.Header;
        }

        if (line.Style.HasFlag(LineStyle.ListItem) || ListSyntax.IsItem(text))
        {
            return LineKind.ListItem;
        }

        if (FieldSyntax.TryParse(text, out _, out _))
        {
            // A field with an empty value ("Goals:") may still be a header; the segmenter decides from what follows.
            return LineKind.Field;
        }

        return LooksLikeHeader(line, text) ? LineKind.Header : LineKind.Text;
    }

    /// <summary>A short line set apart by layout or case, or (when <paramref name="byName"/>) a known section name.</summary>
    public bool LooksLikeHeader(Line line, string text, bool byName = true)
    {
        var bare = text.TrimEnd(':').Trim();
        if (bare.Length == 0 || bare.Length > options.MaxHeaderLength || bare.EndsWith('.') || bare.EndsWith(',') ||
            bare.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length > 8 || bare.Count(char.IsLetter) < 3)
        {
            return false;
        }

        if (byName && HeaderVocabulary.Contains(bare))
        {
            return true;
        }

        var letters = bare.Where(char.IsLetter).ToList();
        var allCaps = letters.All(char.IsUpper) && letters.Count >= 0.6 * bare.Count(c => !char.IsWhiteSpace(c));
        var larger = line.FontSize is { } size && bodyFontSize is { } body && size >= body * options.LargerFontRatio;
        return allCaps || larger || line.Style.HasFlag(LineStyle.Bold);
    }
}
