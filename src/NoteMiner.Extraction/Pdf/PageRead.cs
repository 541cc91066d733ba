using NoteMiner.Extraction.Ocr;

namespace NoteMiner.Extraction.Pdf;

/// <summary>What reading one page gave: its text layer, the image to recognise if it is a scan, and problems.</summary>
internal sealed record PageRead
{
    public (Page Page, SizeHistogram Sizes)? Text { get; init; }

    public PageImage? Scan { get; init; }

    /// <summary>Where the scan's image lies on the page, in display points.</summary>
    public BoundingBox ScanBox { get; init; }

    public IReadOnlyList<Diagnostic> Problems { get; init; } = [];
}
