namespace NoteMiner;

/// <summary>A rectangle in page units with the origin at the top-left corner of the page.</summary>
public readonly record struct BoundingBox(double X0, double Y0, double X1, double Y1)
{
    public double Width => X1 - X0;

    public double Height => Y1 - Y0;

    /// <summary>The smallest box that holds both boxes.</summary>
    public BoundingBox Union(BoundingBox other) =>
        new(Math.Min(X0, other.X0), Math.Min(Y0, other.Y0), Math.Max(X1, other.X1), Math.Max(Y1, other.Y1));

    /// <summary>The smallest box that holds all the boxes; an empty box for none.</summary>
    public static BoundingBox Enclosing(IEnumerable<BoundingBox> boxes)
    {
        ArgumentNullException.ThrowIfNull(boxes);
        BoundingBox? result = null;
        foreach (var box in boxes)
        {
            result = result is { } r ? r.Union(box) : box;
        }

        return result ?? default;
    }
}
