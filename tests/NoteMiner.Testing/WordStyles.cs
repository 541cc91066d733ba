using DocumentFormat.OpenXml.Wordprocessing;

namespace NoteMiner.Testing;

/// <summary>Builds Word style definitions for DOCX fixtures and generated sample charts.</summary>
public static class WordStyles
{
    /// <summary>A paragraph style, optionally the default, based on another, with paragraph and run properties.</summary>
    public static Style Paragraph(
        string id, string name, string? basedOn, StyleParagraphProperties? paragraph = null, StyleRunProperties? run = null, bool isDefault = false)
    {
        var style = new Style(new StyleName { Val = name }) { Type = StyleValues.Paragraph, StyleId = id };
        if (isDefault)
        {
            style.Default = true;
        }

        if (basedOn is not null)
        {
            style.Append(new BasedOn { Val = basedOn });
        }

        if (paragraph is not null)
        {
            style.Append(paragraph);
        }

        if (run is not null)
        {
            style.Append(run);
        }

        return style;
    }
}
