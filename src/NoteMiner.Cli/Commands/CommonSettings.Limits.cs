using System.ComponentModel;
using System.Globalization;
using Spectre.Console.Cli;

namespace NoteMiner.Cli.Commands;

/// <summary>
/// The limits on untrusted input (SECURITY.md), overridable on every command that reads charts. Unset options keep
/// <see cref="ExtractionLimits.Default"/>; the defaults in the descriptions are checked against it by a test.
/// </summary>
internal partial class CommonSettings
{
    private const double Megabyte = 1024 * 1024;

    [CommandOption("--max-file-mb <MB>")]
    [Description("Skip files larger than this many megabytes (default 200).")]
    public double? MaxFileMb { get; init; }

    [CommandOption("--max-pages <N>")]
    [Description("Skip documents with more pages than this; a TIFF keeps its first N frames (default 2000).")]
    public int? MaxPages { get; init; }

    [CommandOption("--max-pixels <MEGAPIXELS>")]
    [Description("Skip page images larger than this many megapixels, against decompression bombs (default 80).")]
    public double? MaxPixels { get; init; }

    [CommandOption("--max-docx-mb <MB>")]
    [Description("Skip Word files and PDFs with a part or stream that decompresses to more than this many megabytes, against zip bombs (default 100).")]
    public double? MaxDocxMb { get; init; }

    [CommandOption("--max-pdf-depth <N>")]
    [Description("Skip PDFs whose objects nest deeper than this, at most 1000 (default 100).")]
    public int? MaxPdfDepth { get; init; }

    [CommandOption("--timeout <SECONDS>")]
    [Description("Give up on a document after this many seconds, all stages included (default 300).")]
    public double? Timeout { get; init; }

    [CommandOption("--ocr-page-timeout <SECONDS>")]
    [Description("Abandon the OCR of one page after this many seconds (default 90).")]
    public double? OcrPageTimeout { get; init; }

    /// <summary>The extraction limits these options ask for; throws <see cref="UsageException"/> for a value ≤ 0.</summary>
    public ExtractionLimits Limits()
    {
        var limits = ExtractionLimits.Default;
        return limits with
        {
            MaxFileBytes = MaxFileMb is { } fileMb ? Bytes("--max-file-mb", fileMb) : limits.MaxFileBytes,
            MaxPages = MaxPages is { } pages ? Count("--max-pages", pages) : limits.MaxPages,
            MaxImagePixels = MaxPixels is { } pixels ? (long)Math.Ceiling(Positive("--max-pixels", pixels) * 1_000_000) : limits.MaxImagePixels,
            MaxDecompressedBytes = MaxDocxMb is { } docxMb ? Bytes("--max-docx-mb", docxMb) : limits.MaxDecompressedBytes,
            MaxPdfNestingDepth = MaxPdfDepth is { } depth ? PdfDepth(depth) : limits.MaxPdfNestingDepth,
            TimePerDocument = Timeout is { } timeout ? Seconds("--timeout", timeout) : limits.TimePerDocument,
            TimePerOcrPage = OcrPageTimeout is { } ocrTimeout ? Seconds("--ocr-page-timeout", ocrTimeout) : limits.TimePerOcrPage,
        };
    }

    /// <summary><see cref="ExtractionOptions.Default"/> with the limits of <see cref="Limits"/>.</summary>
    public ExtractionOptions ExtractionOptions() => NoteMiner.ExtractionOptions.Default with { Limits = Limits() };

    private static long Bytes(string option, double megabytes) => (long)Math.Ceiling(Positive(option, megabytes) * Megabyte);

    private static TimeSpan Seconds(string option, double seconds) =>
        TimeSpan.FromSeconds(Math.Min(Positive(option, seconds), TimeSpan.FromDays(1).TotalSeconds));

    /// <summary>Deeper nesting than the ceiling can overflow the PDF parser's stack and end the process.</summary>
    private static int PdfDepth(int depth) => Count("--max-pdf-depth", depth) <= ExtractionLimits.PdfNestingDepthCeiling
        ? depth
        : throw new UsageException($"--max-pdf-depth must be at most {ExtractionLimits.PdfNestingDepthCeiling}, not {depth}");

    private static int Count(string option, int value) => value > 0 ? value : throw NotPositive(option, value);

    private static double Positive(string option, double value) =>
        double.IsFinite(value) && value > 0 ? value : throw NotPositive(option, value);

    private static UsageException NotPositive(string option, double value) =>
        new($"{option} must be a positive number, not {value.ToString(CultureInfo.InvariantCulture)}");
}
