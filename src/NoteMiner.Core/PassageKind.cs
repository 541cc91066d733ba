namespace NoteMiner;

/// <summary>The shape of a passage, as segmentation found it.</summary>
public enum PassageKind
{
    Paragraph,

    /// <summary>A <c>Label: value</c> field; <see cref="Passage.FieldLabel"/> holds the label.</summary>
    Field,

    ListItem,
    TableRow,
    Header,
}
