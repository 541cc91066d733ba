using NoteMiner.Extraction.Text;

namespace NoteMiner.Extraction;

/// <summary>The extractors for every supported format, wired together.</summary>
public static class DefaultExtractors
{
    /// <summary>A reader for every supported format.</summary>
    public static DocumentReader CreateReader() => new(
    [
        new PlainTextExtractor(),
        new Docx.DocxExtractor(),
    ]);
}
