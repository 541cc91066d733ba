namespace NoteMiner.Composer.Citations;

/// <summary>
/// A verbatim quote in a letter with its location. <see cref="Text"/> is exactly as extracted from the lines
/// <see cref="FirstLine"/>–<see cref="LastLine"/> of <see cref="Page"/> (joined with single spaces), without the
/// ellipsis a trimmed quote is printed with; <see cref="File"/> is the document's path as extracted.
/// </summary>
public sealed record Citation(
    ElementLabel Element,
    string File,
    int Page,
    int FirstLine,
    int LastLine,
    string Text,
    PageSource Source)
{
    /// <summary>True when <see cref="Text"/> is the start of a longer passage, cut at a word boundary.</summary>
    public bool Trimmed { get; init; }

    /// <summary>The quote as printed: the text, with an ellipsis when trimmed.</summary>
    public string Quote => Trimmed ? Text + "…" : Text;

    /// <summary>True when the location is the same passage as <paramref name="other"/>'s.</summary>
    public bool SameLocation(Citation other)
    {
        ArgumentNullException.ThrowIfNull(other);
        return string.Equals(File, other.File, StringComparison.Ordinal) && Page == other.Page
            && FirstLine == other.FirstLine && LastLine == other.LastLine;
    }
}
