namespace NoteMiner.Extraction.Ocr;

/// <summary>
/// One page image to recognise: encoded bytes leptonica reads (PNG, JPEG, TIFF, PNM…), the frame for a
/// multi-page TIFF, and the page's size in its document's units so that boxes can be scaled to them
/// (null keeps image pixels).
/// </summary>
public sealed record PageImage(int PageNumber, ReadOnlyMemory<byte> EncodedBytes)
{
    /// <summary>0-based frame of a multi-page TIFF.</summary>
    public int Frame { get; init; }

    /// <summary>Page width in document units (PDF points) to scale boxes to; null keeps pixels.</summary>
    public double? PageWidth { get; init; }

    /// <summary>Page height in document units (PDF points) to scale boxes to; null keeps pixels.</summary>
    public double? PageHeight { get; init; }
}
