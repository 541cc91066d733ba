namespace NoteMiner;

/// <summary>How documents are extracted. Change with <c>with { … }</c>.</summary>
public sealed record ExtractionOptions
{
    public static ExtractionOptions Default { get; } = new();

    public ExtractionLimits Limits { get; init; } = ExtractionLimits.Default;

    /// <summary>Most pages OCRed at once; each worker has its own engine.</summary>
    public int OcrParallelism { get; init; } = Environment.ProcessorCount;

    /// <summary>Tesseract language(s), e.g. <c>eng</c>.</summary>
    public string OcrLanguage { get; init; } = "eng";

    /// <summary>
    /// The folder holding Tesseract's <c>*.traineddata</c>; null looks in TESSDATA_PREFIX, then the usual
    /// install folders.
    /// </summary>
    public string? OcrDataPath { get; init; }

    /// <summary>Detect and correct page orientation (90/180/270) before OCR.</summary>
    public bool DetectOrientation { get; init; } = true;

    /// <summary>Drop running page headers and footers repeated across pages instead of only marking them.</summary>
    public bool DropPageFurniture { get; init; }
}
