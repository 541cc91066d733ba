namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// The direction a run of text reads on the displayed page. Each direction has its own frame (u along the
/// text, v down to the next line) so that one line builder serves upright, sideways and upside-down text.
/// </summary>
internal enum TextDirection
{
    LeftToRight,
    BottomToTop,
    RightToLeft,
    TopToBottom,
}
