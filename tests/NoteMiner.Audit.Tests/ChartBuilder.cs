namespace NoteMiner.Audit.Tests;

/// <summary>
/// Builds a <see cref="ChartInput"/> the way extraction and classification would: each passage becomes lines
/// of a document page, with provenance, and a classification. Lines added with <see cref="Line"/> are
/// document text that no passage covers (headers with the note's date, say).
/// </summary>
internal sealed class ChartBuilder(string chartId)
{
    private readonly List<DocumentDraft> documents = [];
    private readonly List<ClassifiedPassage> passages = [];
    private readonly List<string> patientNames = [];

    private DocumentDraft Current => documents.Count > 0 ? documents[^1] : Document($"{chartId}/care_plan.txt").documents[^1];

    /// <summary>Starts a document; later lines and passages go to its first page.</summary>
    public ChartBuilder Document(string path, PageSource source = PageSource.Text, double? ocrConfidence = null)
    {
        documents.Add(new DocumentDraft(path, source, ocrConfidence));
        return this;
    }

    public ChartBuilder Page()
    {
        Current.Pages.Add([]);
        return this;
    }

    public ChartBuilder Line(string text)
    {
        Current.AddLine(text);
        return this;
    }

    public ChartBuilder Patient(string name)
    {
        patientNames.Add(name);
        return this;
    }

    public ChartBuilder Add(string text, ElementLabel label, double score = 0.9, bool negated = false, PassageKind kind = PassageKind.Paragraph) =>
        AddLines([text], label, score, negated, kind);

    /// <summary>A passage spanning several lines; its text is the lines joined with single spaces.</summary>
    public ChartBuilder AddLines(string[] lines, ElementLabel label, double score = 0.9, bool negated = false, PassageKind kind = PassageKind.Paragraph)
    {
        var document = Current;
        var first = document.AddLine(lines[0]);
        var last = first;
        foreach (var line in lines.Skip(1))
        {
            last = document.AddLine(line);
        }

        var location = new SourceLocation(
            document.Path, document.Pages.Count, first, last, new BoundingBox(0, first * 10, 400, last * 10 + 8),
            document.Source, document.OcrConfidence);
        passages.Add(new ClassifiedPassage(new Passage(string.Join(' ', lines), kind, location), new Classification(label, score, negated)));
        return this;
    }

    /// <summary>A passage whose text is not on the page it names (a segmentation bug).</summary>
    public ChartBuilder AddUnverifiable(string text, ElementLabel label)
    {
        var document = Current;
        var line = document.AddLine("something else entirely");
        var location = new SourceLocation(document.Path, document.Pages.Count, line, line, default, document.Source);
        passages.Add(new ClassifiedPassage(new Passage(text, PassageKind.Paragraph, location), new Classification(label, 0.9, false)));
        return this;
    }

    public ChartInput Build() =>
        new(chartId, documents.Select(d => d.Build()).ToList(), passages.ToList()) { PatientNames = patientNames.ToList() };

    private sealed class DocumentDraft(string path, PageSource source, double? ocrConfidence)
    {
        public string Path { get; } = path;

        public PageSource Source { get; } = source;

        public double? OcrConfidence { get; } = ocrConfidence;

        public List<List<Line>> Pages { get; } = [[]];

        public int AddLine(string text)
        {
            var lines = Pages[^1];
            var number = lines.Count + 1;
            lines.Add(new Line(number, text, new BoundingBox(0, number * 10, 400, number * 10 + 8))
            {
                Confidence = Source == PageSource.Ocr ? OcrConfidence : null,
            });
            return number;
        }

        public ExtractedDocument Build() => new(
            Path,
            DocumentKind.Text,
            Pages.Select((lines, i) => new Page(i + 1, Source, OcrConfidence, 612, 792, lines.ToList())).ToList(),
            []);
    }
}
