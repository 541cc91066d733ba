namespace NoteMiner.Extraction.Pdf;

/// <summary>Maps display coordinates (origin top-left, y down) to and from a direction's frame.</summary>
internal static class TextFrames
{
    public const int Count = 4;

    public static TextDirection Classify(double dx, double dy, TextDirection fallback)
    {
        if (Math.Abs(dx) < 1e-6 && Math.Abs(dy) < 1e-6)
        {
            return fallback;
        }

        if (Math.Abs(dx) >= Math.Abs(dy))
        {
            return dx >= 0 ? TextDirection.LeftToRight : TextDirection.RightToLeft;
        }

        return dy < 0 ? TextDirection.BottomToTop : TextDirection.TopToBottom;
    }

    public static (double U, double V) ToFrame(TextDirection direction, double x, double y) => direction switch
    {
        TextDirection.BottomToTop => (-y, x),
        TextDirection.RightToLeft => (-x, -y),
        TextDirection.TopToBottom => (y, -x),
        _ => (x, y),
    };

    /// <summary>The display box of a frame rectangle [u0,u1]×[v0,v1].</summary>
    public static BoundingBox ToDisplay(TextDirection direction, double u0, double v0, double u1, double v1)
    {
        var (ax, ay) = FromFrame(direction, u0, v0);
        var (bx, by) = FromFrame(direction, u1, v1);
        return new BoundingBox(Math.Min(ax, bx), Math.Min(ay, by), Math.Max(ax, bx), Math.Max(ay, by));
    }

    private static (double X, double Y) FromFrame(TextDirection direction, double u, double v) => direction switch
    {
        TextDirection.BottomToTop => (v, -u),
        TextDirection.RightToLeft => (-u, -v),
        TextDirection.TopToBottom => (-v, u),
        _ => (u, v),
    };
}
