namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// One drawn letter in its direction's frame: it spans [<see cref="U0"/>, <see cref="U1"/>] along the text and
/// sits on <see cref="Baseline"/> (v grows towards the next line). Spaces only mark word breaks; <see cref="Order"/>
/// is the position in the content stream.
/// </summary>
internal readonly record struct Glyph(
    string Text, double U0, double U1, double Baseline, double Size, bool Bold, bool IsSpace, int Order)
{
    /// <summary>Share of the font size above the baseline used for boxes (PDF glyph boxes are unreliable).</summary>
    public const double Ascent = 0.78;

    /// <summary>Share of the font size below the baseline used for boxes.</summary>
    public const double Descent = 0.22;
}
