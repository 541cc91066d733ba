using UglyToad.PdfPig.Core;
using PdfPage = UglyToad.PdfPig.Content.Page;

namespace NoteMiner.Extraction.Pdf;

/// <summary>
/// The page as a reader sees it: PDF user space (origin bottom-left, y up) mapped through the crop box and the
/// page's /Rotate to points with the origin at the top-left corner of the displayed page, y down.
/// </summary>
internal readonly struct DisplaySpace
{
    private readonly double _left;
    private readonly double _bottom;
    private readonly double _right;
    private readonly double _top;
    private readonly int _rotation;

    public DisplaySpace(PdfPage page)
    {
        var crop = page.CropBox.Bounds;
        _left = Math.Min(crop.Left, crop.Right);
        _right = Math.Max(crop.Left, crop.Right);
        _bottom = Math.Min(crop.Bottom, crop.Top);
        _top = Math.Max(crop.Bottom, crop.Top);
        _rotation = ((page.Rotation.Value % 360) + 360) % 360;
        var sideways = _rotation is 90 or 270;
        Width = sideways ? _top - _bottom : _right - _left;
        Height = sideways ? _right - _left : _top - _bottom;
    }

    public double Width { get; }

    public double Height { get; }

    public (double X, double Y) Map(PdfPoint point) => Map(point.X, point.Y);

    public (double X, double Y) Map(double x, double y) => _rotation switch
    {
        90 => (y - _bottom, x - _left),
        180 => (_right - x, y - _bottom),
        270 => (_top - y, _right - x),
        _ => (x - _left, _top - y),
    };

    /// <summary>The display box of a user-space rectangle.</summary>
    public BoundingBox Map(PdfRectangle rectangle)
    {
        var (ax, ay) = Map(rectangle.BottomLeft);
        var (bx, by) = Map(rectangle.TopRight);
        var (cx, cy) = Map(rectangle.TopLeft);
        var (dx, dy) = Map(rectangle.BottomRight);
        return new BoundingBox(
            Math.Min(Math.Min(ax, bx), Math.Min(cx, dx)),
            Math.Min(Math.Min(ay, by), Math.Min(cy, dy)),
            Math.Max(Math.Max(ax, bx), Math.Max(cx, dx)),
            Math.Max(Math.Max(ay, by), Math.Max(cy, dy)));
    }
}
