namespace NoteMiner;

/// <summary>
/// Bounds on untrusted input. A document over a limit is skipped (or, for per-page limits, loses that page)
/// with one diagnostic; the batch goes on. Change with <c>with { … }</c>.
/// </summary>
public sealed record ExtractionLimits
{
    public static ExtractionLimits Default { get; } = new();

    /// <summary>Largest file read, in bytes.</summary>
    public long MaxFileBytes { get; init; } = 200L * 1024 * 1024;

    /// <summary>Most pages read from one document (PDF pages, TIFF frames).</summary>
    public int MaxPages { get; init; } = 2_000;

    /// <summary>Most pixels in one page image (width × height), against decompression bombs.</summary>
    public long MaxImagePixels { get; init; } = 80_000_000;

    /// <summary>
    /// Most bytes decompressed from one DOCX part or one PDF stream, against zip and decompression bombs; a file
    /// may decompress to four times this in all.
    /// </summary>
    public long MaxDecompressedBytes { get; init; } = 100L * 1024 * 1024;

    /// <summary>
    /// The deepest PDF nesting ever accepted, whatever <see cref="MaxPdfNestingDepth"/> asks: PdfPig's tokenizer
    /// recurses per level and overflows a thread-pool stack (ending the process) between 8,000 and 16,000 levels.
    /// </summary>
    public const int PdfNestingDepthCeiling = 1_000;

    /// <summary>Deepest nesting of PDF objects accepted (at most <see cref="PdfNestingDepthCeiling"/>).</summary>
    public int MaxPdfNestingDepth { get; init; } = 100;

    /// <summary>Wall time allowed for one document, all stages included.</summary>
    public TimeSpan TimePerDocument { get; init; } = TimeSpan.FromMinutes(5);

    /// <summary>Wall time allowed for OCR of one page; a page over budget is abandoned with a diagnostic.</summary>
    public TimeSpan TimePerOcrPage { get; init; } = TimeSpan.FromSeconds(90);
}
