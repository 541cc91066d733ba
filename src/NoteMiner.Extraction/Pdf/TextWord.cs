using System.Text;

namespace NoteMiner.Extraction.Pdf;

/// <summary>A word in its direction's frame.</summary>
internal sealed class TextWord(double u0, double top)
{
    public StringBuilder Text { get; } = new();

    public int Glyphs { get; set; }

    /// <summary>The blank before the word when no space character separates it from the previous one; else null.</summary>
    public double? BareGap { get; set; }

    public double U0 { get; } = u0;

    public double U1 { get; set; } = u0;

    public double Top { get; set; } = top;

    public double Bottom { get; set; } = top;
}
