using System.Diagnostics;
using NoteMiner.Extraction.Ocr;
using NoteMiner.Testing;

namespace NoteMiner.Extraction.Tests.Ocr;

/// <summary>
/// OCRs every page of the corpus's ocr-pairs once (all cores, the shared engine) and keeps the results for the
/// accuracy tests. Lazy, so nothing runs when the corpus is absent and the tests skip.
/// </summary>
public sealed class OcrPairsFixture
{
    private readonly Lazy<IReadOnlyList<OcrPair>> _pairs;

    public OcrPairsFixture()
    {
        _pairs = new(Load);
    }

    public IReadOnlyList<OcrPair> Pairs => _pairs.Value;

    /// <summary>Wall time of the one OCR run, for the test output only.</summary>
    public TimeSpan Elapsed { get; private set; }

    public IEnumerable<OcrPair> Set(string set) => Pairs.Where(p => p.Set == set);

    private IReadOnlyList<OcrPair> Load()
    {
        var root = RepoPaths.CorpusPath("ocr-pairs");
        var pages = new List<(string Name, string Set, string GroundTruth, string Image)>();
        foreach (var document in new[] { "advance_directive", "discharge_summary" })
        {
            var folder = Path.Combine(root, document);
            foreach (var truth in Directory.GetFiles(folder, "p*.gt.txt").Order(StringComparer.Ordinal))
            {
                var stem = Path.GetFileName(truth)[..^".gt.txt".Length];
                pages.Add(($"{document}/{stem}_clean300.png", "clean", File.ReadAllText(truth), Path.Combine(folder, stem + "_clean300.png")));
                pages.Add(($"{document}/{stem}_scan150.jpg", "scan", File.ReadAllText(truth), Path.Combine(folder, stem + "_scan150.jpg")));
            }
        }

        var images = pages.Select((p, i) => new PageImage(i + 1, File.ReadAllBytes(p.Image))).ToList();
        var clock = Stopwatch.StartNew();
        var outcomes = TesseractOcrEngine.Shared.Recognize("ocr-pairs", images, ExtractionOptions.Default, CancellationToken.None);
        clock.Stop();
        Elapsed = clock.Elapsed;
        return pages.Select((p, i) => new OcrPair(p.Name, p.Set, p.GroundTruth, images[i].EncodedBytes.ToArray(), outcomes[i])).ToList();
    }
}
