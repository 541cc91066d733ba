namespace NoteMiner;

/// <summary>Layout hints an extractor knows about a line; segmentation uses them to find headers and lists.</summary>
[Flags]
public enum LineStyle
{
    None = 0,

    /// <summary>A heading: a DOCX heading style, or a larger font in a PDF.</summary>
    Heading = 1,

    /// <summary>Set entirely in a bold font.</summary>
    Bold = 2,

    /// <summary>A bulleted or numbered list item.</summary>
    ListItem = 4,

    /// <summary>A table row, cells joined by <c> | </c>.</summary>
    TableRow = 8,

    /// <summary>A running page header or footer repeated across pages.</summary>
    PageFurniture = 16,
}
