using NoteMiner.Extraction.Ocr;
using NoteMiner.Extraction.Pdf;
using NoteMiner.Testing;
using Xunit.Abstractions;

namespace NoteMiner.Extraction.Tests.Pdf;

/// <summary>Real text PDFs from the shared corpus, word for word against poppler's pdftotext.</summary>
public sealed class PdfCorpusTests(ITestOutputHelper output)
{
    public static TheoryData<string> TextPdfs { get; } = new()
    {
        "hl7-ccda/Unstructured/CDA reference PDF/UD_sample.pdf",
        "hl7-ccda/Unstructured/CDA with Embedded PDF 2/McBee_L1_20151116_Embedded.pdf",
    };

    [PdfToTextTheory]
    [MemberData(nameof(TextPdfs))]
    public void Should_FindTheSameWordsAsPdfToText_When_PdfHasATextLayer(string relativePath)
    {
        var path = RepoPaths.CorpusPath(relativePath.Split('/'));

        var document = new PdfExtractor(UnavailableOcrEngine.Instance).Extract(path, ExtractionOptions.Default, CancellationToken.None);

        Assert.Empty(document.Diagnostics);
        var ours = document.Pages.SelectMany(p => p.Lines).SelectMany(l => l.Text.Split(' ')).ToList();
        var (boxCommon, boxScore) = Agreement(ours, PdfToText.BoxWords(path));
        var textWords = PdfToText.TextWords(path);
        var (textCommon, _) = Agreement(ours, textWords);
        var textRecall = (double)textCommon / textWords.Count;
        output.WriteLine($"{Path.GetFileName(path)}: {ours.Count} words; vs pdftotext -bbox words {boxScore:P2} ({boxCommon} shared); " +
            $"pdftotext text words found {textRecall:P2} ({textCommon} of {textWords.Count})");

        // Agreement counts each word as often as both sides have it, over the larger side: missing and extra words both cost.
        Assert.True(boxScore >= 0.995, $"agreement with pdftotext's words is {boxScore:P2}");
        Assert.True(textRecall >= 0.995, $"only {textRecall:P2} of pdftotext's text words were found");
    }

    [CorpusFact]
    public void Should_ReadTheFooterAsFurniture_When_ItRepeatsOnEveryPage()
    {
        var path = RepoPaths.CorpusPath("hl7-ccda", "Unstructured", "CDA with Embedded PDF 2", "McBee_L1_20151116_Embedded.pdf");

        var document = new PdfExtractor(UnavailableOcrEngine.Instance).Extract(path, ExtractionOptions.Default, CancellationToken.None);

        Assert.Equal(7, document.Pages.Count);
        Assert.All(document.Pages, p => Assert.StartsWith($"Page {p.Number} of 7", p.Lines[^1].Text, StringComparison.Ordinal));
        Assert.All(document.Pages, p => Assert.True(p.Lines[^1].Style.HasFlag(LineStyle.PageFurniture)));
        Assert.All(document.Pages.SelectMany(p => p.Lines.Where(l => l.Style.HasFlag(LineStyle.PageFurniture))), l => Assert.True(l.Box.Y1 < 85 || l.Box.Y0 > 757, l.Text));
    }

    private static (int Common, double Score) Agreement(IReadOnlyList<string> ours, IReadOnlyList<string> reference)
    {
        var counts = reference.GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
        var common = 0;
        foreach (var word in ours)
        {
            if (counts.TryGetValue(word, out var left) && left > 0)
            {
                counts[word] = left - 1;
                common++;
            }
        }

        return (common, (double)common / Math.Max(ours.Count, reference.Count));
    }
}
