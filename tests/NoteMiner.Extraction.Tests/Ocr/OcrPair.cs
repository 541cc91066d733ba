using NoteMiner.Extraction.Ocr;

namespace NoteMiner.Extraction.Tests.Ocr;

/// <summary>One corpus page: its image, pdftotext's ground truth and what the engine made of it.</summary>
public sealed record OcrPair(string Name, string Set, string GroundTruth, byte[] Image, OcrOutcome Outcome)
{
    public string Recognised => TextOf(Outcome.Page);

    /// <summary>A page's lines, one per text line.</summary>
    public static string TextOf(Page? page) => string.Join('\n', page?.Lines.Select(l => l.Text) ?? []);
}
