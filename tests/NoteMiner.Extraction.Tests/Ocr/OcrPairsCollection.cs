namespace NoteMiner.Extraction.Tests.Ocr;

/// <summary>The test classes that share one OCR run of the corpus pages.</summary>
[CollectionDefinition(Name)]
public sealed class OcrPairsCollection : ICollectionFixture<OcrPairsFixture>
{
    public const string Name = "ocr-pairs";
}
