using NoteMiner.Extraction;

namespace NoteMiner.Pipeline.Tests.Fixtures;

/// <summary>
/// A stand-in for the real extract → segment → classify chain: reads text files with the real reader and
/// makes one passage per line, labelled by a "label_name:" prefix. Counts its calls and can fail on cue.
/// </summary>
internal sealed class FakeAnalyzer : IDocumentAnalyzer
{
    private readonly DocumentReader reader = DefaultExtractors.CreateReader();
    private int calls;

    public string ModelName => "models/fake.zip";

    public AnalyzerFingerprint Fingerprint { get; init; } = new("fake-model", "fake-pipeline/1");

    /// <summary>Called before each analysis with the number of the call (1-based); may throw or cancel.</summary>
    public Action<int, string>? BeforeEach { get; init; }

    public int Calls => Volatile.Read(ref calls);

    public AnalyzedDocument Analyze(string path, CancellationToken cancellationToken)
    {
        var call = Interlocked.Increment(ref calls);
        BeforeEach?.Invoke(call, path);
        var document = reader.Read(path, ExtractionOptions.Default, cancellationToken);
        var passages = document.Pages
            .SelectMany(page => page.Lines.Select(line => (page, line)))
            .Where(x => x.line.Text.Trim().Length > 0)
            .Select(x => Classify(document.Path, x.page, x.line))
            .ToList();
        return new AnalyzedDocument(document, passages);
    }

    private static ClassifiedPassage Classify(string file, Page page, Line line)
    {
        var text = line.Text;
        var colon = text.IndexOf(':', StringComparison.Ordinal);
        var label = colon > 0 && ElementLabels.TryParse(text[..colon].Trim(), out var parsed) ? parsed : ElementLabel.Other;
        var value = colon > 0 ? text[(colon + 1)..].Trim() : text;
        var location = new SourceLocation(file, page.Number, line.Number, line.Number, line.Box, page.Source, page.OcrConfidence);
        var passage = new Passage(text, colon > 0 ? PassageKind.Field : PassageKind.Paragraph, location)
        {
            FieldLabel = colon > 0 ? text[..colon] : null,
            FieldValue = colon > 0 ? value : null,
        };
        var negated = value is "N/A" or "" or "not assessed";
        return new ClassifiedPassage(passage, new Classification(label, 0.9, negated));
    }
}
