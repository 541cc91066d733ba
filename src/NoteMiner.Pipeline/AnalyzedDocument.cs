namespace NoteMiner.Pipeline;

/// <summary>One file after extraction, segmentation and classification: what the audit needs from it.</summary>
public sealed record AnalyzedDocument(ExtractedDocument Document, IReadOnlyList<ClassifiedPassage> Passages)
{
    /// <summary>The same analysis attributed to <paramref name="path"/> (a cached copy of identical bytes elsewhere).</summary>
    public AnalyzedDocument WithPath(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        if (Document.Path == path)
        {
            return this;
        }

        var document = Document with
        {
            Path = path,
            Diagnostics = Document.Diagnostics.Select(d => d with { File = path }).ToList(),
        };
        var passages = Passages
            .Select(p => p with { Passage = p.Passage with { Location = p.Passage.Location with { File = path } } })
            .ToList();
        return new AnalyzedDocument(document, passages);
    }
}
