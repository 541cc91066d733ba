namespace NoteMiner;

/// <summary>
/// A block of a page that can be classified on its own: a paragraph, a field, a list item or a table row.
/// <see cref="Text"/> is the page lines it spans joined with single spaces, verbatim.
/// </summary>
public sealed record Passage(string Text, PassageKind Kind, SourceLocation Location)
{
    /// <summary>The section header the passage stands under, if any; context for the classifier.</summary>
    public string? Header { get; init; }

    /// <summary>For a <see cref="PassageKind.Field"/>, the label before the colon.</summary>
    public string? FieldLabel { get; init; }

    /// <summary>For a <see cref="PassageKind.Field"/>, the value after the colon.</summary>
    public string? FieldValue { get; init; }

    /// <summary>
    /// For a table row, the first row of its table (the column headings, cells separated by "|"), so that a bare
    /// "12" in a "Minutes" column can be read as minutes. Null otherwise.
    /// </summary>
    public string? TableHeader { get; init; }
}
