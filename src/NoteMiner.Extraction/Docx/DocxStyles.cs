using System.Text.RegularExpressions;
using DocumentFormat.OpenXml;
using DocumentFormat.OpenXml.Packaging;
using DocumentFormat.OpenXml.Wordprocessing;

namespace NoteMiner.Extraction.Docx;

/// <summary>
/// Resolves what a paragraph or run inherits from the styles part: heading (built-in heading/title styles,
/// matched by id or by name since names vary, or an outline level), list numbering, page break before and
/// bold. Walks <c>basedOn</c> chains with a depth bound so a cyclic chain cannot loop. Bold toggling
/// between nested styles is not modelled: the nearest explicit setting wins.
/// </summary>
internal sealed partial class DocxStyles
{
    private const int MaxChain = 32;

    private readonly Dictionary<string, Style> _byId = new(StringComparer.Ordinal);
    private readonly HashSet<int> _numberingIds = [];
    private readonly string? _defaultParagraphStyle;
    private readonly bool _defaultBold;

    public DocxStyles(MainDocumentPart main)
    {
        ArgumentNullException.ThrowIfNull(main);
        var styles = main.StyleDefinitionsPart?.Styles;
        foreach (var style in styles?.Elements<Style>() ?? [])
        {
            if (style.StyleId?.Value is { } id)
            {
                _byId.TryAdd(id, style);
            }
        }

        _defaultParagraphStyle = styles?.Elements<Style>()
            .FirstOrDefault(s => s.Type?.Value == StyleValues.Paragraph && s.Default?.Value == true)?.StyleId?.Value;
        _defaultBold = IsOn(styles?.DocDefaults?.RunPropertiesDefault?.RunPropertiesBaseStyle?.GetFirstChild<Bold>()) == true;
        foreach (var instance in main.NumberingDefinitionsPart?.Numbering?.Elements<NumberingInstance>() ?? [])
        {
            if (instance.NumberID?.Value is { } number)
            {
                _numberingIds.Add(number);
            }
        }
    }

    /// <summary>The paragraph's style id, or the document's default paragraph style.</summary>
    public string? StyleOf(Paragraph paragraph) =>
        paragraph.ParagraphProperties?.ParagraphStyleId?.Val?.Value ?? _defaultParagraphStyle;

    public bool IsHeading(Paragraph paragraph)
    {
        var direct = paragraph.ParagraphProperties?.OutlineLevel?.Val?.Value;
        if (direct is { } level)
        {
            return level is >= 0 and <= 8;
        }

        foreach (var style in Chain(StyleOf(paragraph)))
        {
            if (IsHeadingName(style.StyleId?.Value) || IsHeadingName(style.StyleName?.Val?.Value))
            {
                return true;
            }

            if (style.StyleParagraphProperties?.GetFirstChild<OutlineLevel>()?.Val?.Value is { } inherited)
            {
                return inherited is >= 0 and <= 8;
            }
        }

        return false;
    }

    public bool IsListItem(Paragraph paragraph)
    {
        // numId 0 explicitly removes numbering, also numbering a style would add.
        if (paragraph.ParagraphProperties?.NumberingProperties?.NumberingId?.Val?.Value is { } direct)
        {
            return _numberingIds.Contains(direct);
        }

        foreach (var style in Chain(StyleOf(paragraph)))
        {
            if (style.StyleParagraphProperties?.GetFirstChild<NumberingProperties>()?.NumberingId?.Val?.Value is { } inherited)
            {
                return _numberingIds.Contains(inherited);
            }
        }

        return false;
    }

    public bool HasPageBreakBefore(Paragraph paragraph)
    {
        if (IsOn(paragraph.ParagraphProperties?.PageBreakBefore) is { } direct)
        {
            return direct;
        }

        foreach (var style in Chain(StyleOf(paragraph)))
        {
            if (IsOn(style.StyleParagraphProperties?.GetFirstChild<PageBreakBefore>()) is { } inherited)
            {
                return inherited;
            }
        }

        return false;
    }

    /// <summary>Whether a run renders bold: direct formatting, then its character style, then the paragraph style, then defaults.</summary>
    public bool IsBold(Run run, string? paragraphStyle)
    {
        var properties = run.RunProperties;
        if (IsOn(properties?.Bold) is { } direct)
        {
            return direct;
        }

        return StyleBold(properties?.RunStyle?.Val?.Value) ?? StyleBold(paragraphStyle) ?? _defaultBold;
    }

    private bool? StyleBold(string? styleId)
    {
        foreach (var style in Chain(styleId))
        {
            if (IsOn(style.StyleRunProperties?.GetFirstChild<Bold>()) is { } bold)
            {
                return bold;
            }
        }

        return null;
    }

    private IEnumerable<Style> Chain(string? styleId)
    {
        for (var depth = 0; styleId is not null && depth < MaxChain && _byId.TryGetValue(styleId, out var style); depth++)
        {
            yield return style;
            styleId = style.BasedOn?.Val?.Value;
        }
    }

    /// <summary>An on/off property: null when absent; present without a value means on.</summary>
    private static bool? IsOn(OnOffType? property) => property is null ? null : property.Val?.Value ?? true;

    private static bool IsHeadingName(string? name) => name is not null && HeadingName().IsMatch(name);

    [GeneratedRegex(@"^(heading ?[1-9]|title)$", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex HeadingName();
}
