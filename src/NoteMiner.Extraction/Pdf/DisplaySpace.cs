using UglyToad.PdfPig.Core;
using PdfPage = UglyToad.PdfPig.Content.Page;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// The page as a reader sees it, in points from its top-left corner, y down. PdfPig already places letters and
/// images in the displayed page (crop box moved to the origin, /Rotate applied, y up); only y is flipped here.
/// </summary>
internal readonly struct DisplaySpace(PdfPage page)
{
    public double Width { get; } = page.Width;

    public double Height { get; } = page.Height;

    public (double X, double Y) Map(PdfPoint point) => (point.X, Height - point.Y);

    /// <summary>The display box of a rectangle, which may be turned (an image drawn sideways).</summary>
    public BoundingBox Map(PdfRectangle rectangle)
    {
        PdfPoint[] corners = [rectangle.BottomLeft, rectangle.BottomRight, rectangle.TopLeft, rectangle.TopRight];
        return new BoundingBox(
            corners.Min(c => c.X),
            Height - corners.Max(c => c.Y),
            corners.Max(c => c.X),
            Height - corners.Min(c => c.Y));
    }
}
