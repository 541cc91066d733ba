using NoteMiner.Extraction;
using NoteMiner.Testing;

namespace NoteMiner.Pipeline.Tests.Batch;

public sealed class DocumentAnalyzerTests
{
    [Fact]
    public void Should_ClassifyEveryPassageInOneBatch_When_DocumentIsRead()
    {
        using var temp = new TempFolder();
        var file = temp.Write("note.txt", "Goals: A1c below 8% by 09/2026\nCaregiver: N/A\n");
        var classifier = new CountingClassifier();
        var analyzer = Create(classifier, "v1");

        var analysis = analyzer.Analyze(file, CancellationToken.None);

        Assert.Equal(1, classifier.Batches);
        Assert.Equal(["Goals: A1c below 8% by 09/2026", "Caregiver: N/A"], analysis.Passages.Select(p => p.Passage.Text));
        Assert.All(analysis.Passages, p => Assert.Equal(ElementLabel.Goals, p.Classification.Label));
        Assert.NotEmpty(analysis.Document.ContentHash);
    }

    [Fact]
    public void Should_SkipClassification_When_FileCannotBeRead()
    {
        using var temp = new TempFolder();
        var classifier = new CountingClassifier();

        var analysis = Create(classifier, "v1").Analyze(temp.File("missing.txt"), CancellationToken.None);

        Assert.Equal(0, classifier.Batches);
        Assert.Empty(analysis.Passages);
        Assert.Single(analysis.Document.Diagnostics);
    }

    [Fact]
    public void Should_ChangeTheFingerprint_When_CodeOrOptionsChange()
    {
        var classifier = new CountingClassifier();

        var v1 = Create(classifier, "v1").Fingerprint;

        Assert.Equal(v1, Create(classifier, "v1").Fingerprint);
        Assert.NotEqual(v1, Create(classifier, "v2").Fingerprint);
        Assert.NotEqual(v1.PipelineVersion, Create(classifier, "v1", ExtractionOptions.Default with { DropPageFurniture = true }).Fingerprint.PipelineVersion);
        Assert.Equal(v1.PipelineVersion, Create(classifier, "v1", ExtractionOptions.Default with { OcrParallelism = 17 }).Fingerprint.PipelineVersion);
    }

    [Fact]
    public void Should_NotLoadTheModel_When_EveryDocumentComesFromTheCache()
    {
        using var temp = new TempFolder();
        temp.Write("H01/note.txt", "Goals: A1c below 8% by 09/2026\n");
        var options = ChartAnalysisOptions.Default with { CachePath = temp.File("run.db") };
        var loads = 0;
        DocumentAnalyzer Lazy() => new(DefaultExtractors.CreateReader(), Lines, () =>
        {
            Interlocked.Increment(ref loads);
            return new CountingClassifier();
        }, "models/counting.zip", "model-sha", ExtractionOptions.Default, "v1");

        new ChartAnalysis(Lazy(), options).Analyze([temp.File("H01")]);
        var again = new ChartAnalysis(Lazy(), options).Analyze([temp.File("H01")]);

        Assert.Equal(1, loads);
        Assert.Equal("models/counting.zip", again.Model);
        Assert.Single(again.Charts[0].Input.Passages);
    }

    [Fact]
    public void Should_StopTheBatch_When_TheModelCannotBeLoaded()
    {
        using var temp = new TempFolder();
        temp.Write("H01/note.txt", "Goals: A1c below 8% by 09/2026\n");
        var analyzer = new DocumentAnalyzer(DefaultExtractors.CreateReader(), Lines,
            () => throw new Classifier.ClassificationModelException("models/x.zip: not a model"), "models/x.zip", "sha", ExtractionOptions.Default, "v1");

        var error = Assert.Throws<Classifier.ClassificationModelException>(() => new ChartAnalysis(analyzer).Analyze([temp.File("H01")]));

        Assert.Equal("models/x.zip: not a model", error.Message);
    }

    private static DocumentAnalyzer Create(IPassageClassifier classifier, string code, ExtractionOptions? options = null) =>
        new(DefaultExtractors.CreateReader(), Lines, classifier, "model-sha", options ?? ExtractionOptions.Default, code);

    private static IReadOnlyList<Passage> Lines(ExtractedDocument document) =>
        document.Pages.SelectMany(page => page.Lines.Where(l => l.Text.Length > 0).Select(line =>
            new Passage(line.Text, PassageKind.Paragraph, new SourceLocation(document.Path, page.Number, line.Number, line.Number, line.Box, page.Source))))
        .ToList();

    private sealed class CountingClassifier : IPassageClassifier
    {
        private int batches;

        public int Batches => batches;

        public string ModelName => "models/counting.zip";

        public Classification Classify(string text, string? header = null) => new(ElementLabel.Goals, 0.9, false);

        public IReadOnlyList<Classification> ClassifyAll(IReadOnlyList<Passage> passages)
        {
            Interlocked.Increment(ref batches);
            return passages.Select(p => Classify(p.Text)).ToList();
        }
    }
}
