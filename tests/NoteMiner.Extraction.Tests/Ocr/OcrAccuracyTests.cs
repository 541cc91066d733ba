using NoteMiner.Testing;
using Xunit.Abstractions;

namespace NoteMiner.Extraction.Tests.Ocr;

/// <summary>
/// Character error rate against the corpus's pdftotext ground truth (ocr-pairs): clean 300 dpi pages and
/// degraded 150 dpi JPEG "scans". Tesseract 5.3's own baseline on these pages is 0–4.5 % clean, 0–13 % degraded.
/// </summary>
[Collection(OcrPairsCollection.Name)]
public sealed class OcrAccuracyTests
{
    private readonly OcrPairsFixture _fixture;
    private readonly ITestOutputHelper _output;

    public OcrAccuracyTests(OcrPairsFixture fixture, ITestOutputHelper output)
    {
        _fixture = fixture;
        _output = output;
    }

    [CorpusTheory]
    [InlineData("clean", 0.02, 0.06)]
    [InlineData("scan", 0.12, 0.20)]
    public void Should_ReadPagesWithLowCharacterErrorRate_When_ComparedToGroundTruth(string set, double maxSetCer, double maxPageCer)
    {
        var pairs = _fixture.Set(set).ToList();
        Assert.Equal(7, pairs.Count);
        long distance = 0;
        long length = 0;
        foreach (var pair in pairs)
        {
            Assert.Null(pair.Outcome.Diagnostic);
            var truth = CharacterErrorRate.Normalise(pair.GroundTruth);
            var recognised = CharacterErrorRate.Normalise(pair.Recognised);
            var pageDistance = CharacterErrorRate.Distance(recognised, truth);
            var pageCer = (double)pageDistance / truth.Length;
            _output.WriteLine($"{pair.Name,-40} chars {truth.Length,5}  edits {pageDistance,4}  CER {pageCer:P2}  conf {pair.Outcome.Page!.OcrConfidence:0.0}");
            Assert.True(pageCer <= maxPageCer, $"{pair.Name}: CER {pageCer:P2} over {maxPageCer:P0}");
            distance += pageDistance;
            length += truth.Length;
        }

        var setCer = (double)distance / length;
        _output.WriteLine($"{set}: CER {setCer:P2} over {length} characters (OCR of all 14 pages took {_fixture.Elapsed.TotalSeconds:0.0} s)");
        Assert.True(setCer <= maxSetCer, $"{set}: CER {setCer:P2} over {maxSetCer:P0}");
    }

    [CorpusTheory]
    [InlineData("clean", 0.96)]
    [InlineData("scan", 0.93)]
    public void Should_FindTheGroundTruthWords_When_ReadingOrderIsIgnored(string set, double minRecall)
    {
        foreach (var pair in _fixture.Set(set))
        {
            var recall = CharacterErrorRate.WordRecall(pair.Recognised, pair.GroundTruth);
            _output.WriteLine($"{pair.Name,-40} word recall {recall:P2}");
            Assert.True(recall >= minRecall - 0.10, $"{pair.Name}: word recall {recall:P2}");
        }

        var words = _fixture.Set(set).Sum(p => CharacterErrorRate.Normalise(p.GroundTruth).Split(' ').Length);
        var found = _fixture.Set(set).Sum(p => CharacterErrorRate.WordRecall(p.Recognised, p.GroundTruth) * CharacterErrorRate.Normalise(p.GroundTruth).Split(' ').Length);
        _output.WriteLine($"{set}: word recall {found / words:P2} of {words} words");
        Assert.True(found / words >= minRecall, $"{set}: word recall {found / words:P2} under {minRecall:P0}");
    }
}
