using NoteMiner.Testing;

namespace NoteMiner.Samples.Tests.Generation;

/// <summary>How a sample file is made from its source text.</summary>
internal enum SampleFormat
{
    TextPdf,
    ScannedPdf,
    Docx,
}

/// <summary>One generated file of <c>samples/</c>, the source text it is made from, and how.</summary>
internal sealed record SampleFile(string Sample, string Source, SampleFormat Format, string Title)
{
    public override string ToString() => Sample;
}

/// <summary>
/// Makes the bundled sample charts from the source texts in <c>tests/NoteMiner.Samples.Tests/Sources</c>.
/// The sources live outside <c>samples/</c> so that a chart folder holds only what a practice would send.
/// </summary>
internal static class SampleGenerator
{
    /// <summary>Set to 1 to rewrite <c>samples/</c> from the sources instead of checking it.</summary>
    public const string WriteVariable = "NOTEMINER_WRITE_SAMPLES";

    public static IReadOnlyList<SampleFile> Files { get; } =
    [
        new("maria-kowalski/care_plan.pdf", "maria-kowalski/care_plan.txt", SampleFormat.TextPdf, "CCM Care Plan - Maria Kowalski"),
        new("maria-kowalski/nurse_note.docx", "maria-kowalski/nurse_note.txt", SampleFormat.Docx, "RN Care Manager Note"),
        new("maria-kowalski/discharge_fax.pdf", "maria-kowalski/discharge_fax.txt", SampleFormat.ScannedPdf, "Discharge Summary (fax)"),
        new("james-okafor/care_plan.docx", "james-okafor/care_plan.txt", SampleFormat.Docx, "CCM Care Plan - James Okafor"),
    ];

    public static bool WriteRequested => Environment.GetEnvironmentVariable(WriteVariable) == "1";

    public static string SourcesFolder => Path.Combine(RepoPaths.Root, "tests", "NoteMiner.Samples.Tests", "Sources");

    public static string SamplePath(SampleFile file) => Path.Combine(RepoPaths.Samples, file.Sample);

    public static ChartSource Source(SampleFile file) =>
        ChartMarkup.Parse(File.ReadAllText(Path.Combine(SourcesFolder, file.Source)));

    /// <summary>Renders a sample from its source. The scanned page needs <c>pdftoppm</c> and leptonica.</summary>
    public static byte[] Render(SampleFile file)
    {
        var source = Source(file);
        return file.Format switch
        {
            SampleFormat.TextPdf => PdfChartWriter.Render(source, file.Title),
            SampleFormat.Docx => DocxChartWriter.Render(source),
            SampleFormat.ScannedPdf => ScannedPageWriter.Render(PdfChartWriter.Render(source, file.Title), tiltDegrees: 0.6, seed: 20260214, jpegQuality: 55),
            _ => throw new ArgumentOutOfRangeException(nameof(file)),
        };
    }
}
