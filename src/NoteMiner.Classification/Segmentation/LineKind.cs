namespace NoteMiner.Classifier.Segmentation;

/// <summary>What a line starts or continues, as segmentation reads it.</summary>
internal enum LineKind
{
    /// <summary>Text that continues the open passage or starts a paragraph.</summary>
    Text,

    /// <summary>A section header: starts a section, is not itself evidence.</summary>
    Header,

    /// <summary>A <c>Label: value</c> field (value possibly empty).</summary>
    Field,

    ListItem,
    TableRow,

    /// <summary>A running page header or footer.</summary>
    Furniture,
}
