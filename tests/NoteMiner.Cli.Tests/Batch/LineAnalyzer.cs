using NoteMiner.Extraction;
using NoteMiner.Pipeline;

namespace NoteMiner.Cli.Tests.Batch;

/// <summary>
/// A stand-in for the classifier stage: the real reader, one passage per line, labelled by a "label_name:" prefix.
/// Lets the commands be tested without the ML model.
/// </summary>
internal sealed class LineAnalyzer : IDocumentAnalyzer
{
    private readonly DocumentReader reader = DefaultExtractors.CreateReader();
    private int calls;

    public string ModelName => "models/lines.zip";

    public AnalyzerFingerprint Fingerprint => new("lines", "lines/1");

    public int Calls => Volatile.Read(ref calls);

    public AnalyzedDocument Analyze(string path, CancellationToken cancellationToken)
    {
        Interlocked.Increment(ref calls);
        var document = reader.Read(path, ExtractionOptions.Default, cancellationToken);
        var passages = document.Pages.SelectMany(page => page.Lines.Select(line =>
        {
            var colon = line.Text.IndexOf(':', StringComparison.Ordinal);
            var label = colon > 0 && ElementLabels.TryParse(line.Text[..colon], out var parsed) ? parsed : ElementLabel.Other;
            var location = new SourceLocation(document.Path, page.Number, line.Number, line.Number, line.Box, page.Source);
            return new ClassifiedPassage(new Passage(line.Text, PassageKind.Paragraph, location), new Classification(label, 0.9, false));
        })).ToList();
        return new AnalyzedDocument(document, passages);
    }

    public static void WriteCharts(string root, int count)
    {
        for (var i = 1; i <= count; i++)
        {
            var folder = Directory.CreateDirectory(Path.Combine(root, $"P{i:000}")).FullName;
            File.WriteAllText(Path.Combine(folder, "plan.txt"),
                $"goals: A1c below 8% by 09/2026 for patient {i}\ncaregiver: daughter visits daily, helps with meals\n"
                + (i % 2 == 0 ? "consent: verbal CCM consent 01/08/2026, cost sharing and right to stop explained\n" : ""));
        }
    }
}
